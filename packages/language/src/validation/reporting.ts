/** Which reports cover a level, and over which span: shared by the target and time checks. */
import type { Agreement, Level, Report } from '../generated/ast.js';
import { isReportingSection } from '../generated/ast.js';
import { cadenceSpan, windowSpan, type Span } from '../periods.js';
import { section } from '../sla-model.js';

export interface Coverage {
    readonly report: Report;
    /** The index of the level in the report's `covers` list. */
    readonly index: number;
    readonly cadence: Span;
}

/** Each level an agreement's reports cover, with the reports (that state a cadence) covering it. */
export function coverage(agreement: Agreement): Map<Level, Coverage[]> {
    const result = new Map<Level, Coverage[]>();
    for (const report of section(agreement, isReportingSection)?.reports ?? []) {
        const cadence = cadenceSpan(report.cadence);
        if (!cadence) continue;
        report.levels.forEach((ref, index) => {
            if (!ref.ref) return;
            result.set(ref.ref, [...result.get(ref.ref) ?? [], { report, index, cadence }]);
        });
    }
    return result;
}

/** The window a level's metric is measured over. */
export function levelWindow(level: Level): Span | undefined {
    return windowSpan(level.target?.metric?.ref?.window);
}
