/** The repository's example agreements, built into the page so that a first visit has something to open. */
import cloudHosting from '../../../examples/cloud-hosting-uptime.sla';
import managedIt from '../../../examples/managed-it-helpdesk.sla';
import salesLeads from '../../../examples/sales-marketing-leads.sla';

export interface Example {
    readonly name: string;
    readonly title: string;
    readonly text: string;
}

export const EXAMPLES: readonly Example[] = [
    { name: 'cloud-hosting-uptime.sla', title: 'Cloud hosting: uptime and support', text: cloudHosting },
    { name: 'managed-it-helpdesk.sla', title: 'Managed IT helpdesk', text: managedIt },
    { name: 'sales-marketing-leads.sla', title: 'Sales and marketing leads', text: salesLeads }
];
