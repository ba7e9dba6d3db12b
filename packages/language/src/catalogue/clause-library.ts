/**
 * The clause library: the legal clauses every contract around an SLA has, with `TODO:` where only the parties know
 * the facts (a cap, a notice period, a court). The `clauses` section's skeleton, the completion snippets inside a
 * `clauses` block, the editor's "Insert Clause..." command and the templates all write these texts; a template
 * picks the ones an agreement of its kind has. Texts are plain English a contract manager adapts, not advice.
 */

export interface LibraryClause {
    /** The clause's name in the agreement, e.g. `Liability`. */
    readonly name: string;
    readonly title: string;
    /** Why an agreement has it, in one sentence. */
    readonly why: string;
    /** The clause's content lines (`paragraph ...`, `list { ... }`), unindented. */
    readonly body: readonly string[];
}

const long = (...lines: string[]): string => ['paragraph """', ...lines.map(line => `    ${line}`), '    """'].join('\n');
const list = (...items: string[]): string => ['list {', ...items.map(item => `    item "${item}"`), '}'].join('\n');

export const CLAUSE_LIBRARY: readonly LibraryClause[] = [
    {
        name: 'Precedence', title: 'Order of precedence',
        why: 'An SLA usually sits under a master agreement; this says which document wins when they differ.',
        body: [
            long('This agreement is a schedule to the master agreement named above. If the two conflict,',
                'TODO: which document prevails, e.g. the master agreement, except for the service levels and service credits set out here.')
        ]
    },
    {
        name: 'Payment', title: 'Payment terms',
        why: 'Credits are deducted from invoices: the agreement must say when invoices are issued and paid.',
        body: [
            'paragraph "The provider invoices the package price monthly in advance and work billed extra monthly in arrears."',
            'paragraph "The customer pays each undisputed invoice within TODO: payment period, e.g. 30 days, of the invoice date."',
            'paragraph "Late payments bear interest at TODO: the agreed or statutory rate. Service credits are set off against the next invoice."'
        ]
    },
    {
        name: 'Liability', title: 'Limitation of liability',
        why: 'Service credits are one part of what a failure costs; the liability cap bounds the rest.',
        body: [
            long('Each party\'s total liability arising out of or in connection with this agreement in any contract year',
                'is limited to TODO: the cap, e.g. the charges paid in the twelve months before the claim arose.'),
            'paragraph "Neither party is liable for loss of profit, revenue or data, or for indirect or consequential loss."',
            'paragraph "Nothing in this agreement limits liability for death or personal injury caused by negligence, for fraud, or for anything else that cannot be limited by law."'
        ]
    },
    {
        name: 'Termination', title: 'Term and termination',
        why: 'The term, its renewal and the ways out decide how long the service levels bind both parties.',
        body: [
            long('This agreement runs for the term stated above and then renews for TODO: renewal period, e.g. one year,',
                'at a time unless either party gives notice of TODO: notice period, e.g. three months, before the term ends.'),
            'paragraph "Either party may end this agreement by notice with immediate effect if the other party:"',
            list('materially breaches it and does not remedy the breach within TODO: cure period, e.g. 30 days, of being told of it;',
                'becomes insolvent, enters administration or stops trading.')
        ]
    },
    {
        name: 'Confidentiality', title: 'Confidentiality',
        why: 'Both parties see each other\'s systems, data and prices while the service runs.',
        body: [
            long('Each party keeps the other party\'s confidential information confidential, uses it only to perform this',
                'agreement and discloses it only to staff and advisers who need it and are bound by the same duty.'),
            'paragraph "This duty does not cover information that is public or already known to the recipient, or that the law requires to be disclosed. It lasts for TODO: period, e.g. five years, after the agreement ends."'
        ]
    },
    {
        name: 'DataProtection', title: 'Data protection',
        why: 'A provider that handles the customer\'s personal data must do so under the data protection law that applies.',
        body: [
            'paragraph "Where the provider processes personal data on the customer\'s behalf, it does so only on the customer\'s documented instructions and under TODO: the data processing agreement, with its date."',
            'paragraph "The provider keeps personal data secure with appropriate technical and organisational measures, and tells the customer of a personal data breach without undue delay and within TODO: hours, e.g. 48 hours, of becoming aware of it."'
        ]
    },
    {
        name: 'GoverningLaw', title: 'Governing law and jurisdiction',
        why: 'Without a chosen law and court, a dispute first becomes a dispute about where to have it.',
        body: [
            'paragraph "This agreement is governed by the law of TODO: country or state."',
            'paragraph "The courts of TODO: place have exclusive jurisdiction over any dispute arising out of or in connection with it. The parties first try to settle a dispute through the escalation and review this agreement sets out."'
        ]
    },
    {
        name: 'Notices', title: 'Notices',
        why: 'Termination, claims and changes take effect by notice; the agreement must say how a notice is given and when it arrives.',
        body: [
            'paragraph "Notices under this agreement are given in writing to the contacts named for each party, or to another address a party gives by notice."',
            'paragraph "A notice sent by e-mail is received on the next business day; a notice sent by post TODO: days after posting, e.g. two business days."'
        ]
    }
];

export function libraryClause(name: string): LibraryClause | undefined {
    return CLAUSE_LIBRARY.find(clause => clause.name === name);
}

/** A library clause as agreement text, unindented: `clause Name "Title" { ... }`. */
export function clauseText(clause: LibraryClause): string {
    const body = clause.body.flatMap(entry => entry.split('\n')).map(line => `    ${line}`);
    return [`clause ${clause.name} "${clause.title}" {`, ...body, '}'].join('\n');
}

/** A library clause as a snippet: snippet syntax in its text escaped, the cursor after it. */
export function clauseSnippet(clause: LibraryClause): string {
    return `${clauseText(clause).replace(/[$}\\]/g, char => `\\${char}`)}$0`;
}

/** The `clauses` section holding the given library clauses. */
export function clausesSectionText(clauses: readonly LibraryClause[]): string {
    const body = clauses.map(clauseText).flatMap(text => text.split('\n')).map(line => line ? `    ${line}` : line);
    return ['clauses {', ...body, '}'].join('\n');
}
