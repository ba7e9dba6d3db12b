/**
 * The speed goals of the toolchain (issue "Benchmark and speed"), read from one benchmark run. Timing goals are
 * judged twice: on the time a user waits (wall clock), and on the CPU time the work used, which other programs
 * on a busy machine do not inflate. A goal without a CPU reading (memory, counts) has `cpu: undefined`.
 */
import { round } from './measure.mjs';

/** How far a cost per unit may drift between the smallest and the largest input and still count as constant. */
const CONSTANT_WITHIN = 1.25;

export function evaluateGoals(results) {
    const docs = results.documents;
    const medium = docs.find(d => d.target === 5000);
    const checks = results.cli.check;
    const workspaces = results.workspaces;
    const memorySlopes = workspaces.slice(1).map((w, i) =>
        (w.peakRssMiB - workspaces[i].peakRssMiB) * 1024 / (w.files - workspaces[i].files));
    const within = (edit, floor, factor) => ({
        holds: edit <= factor * floor,
        detail: `${edit} ms; budget ${round(factor * floor)} ms (${factor}x tokenize ${floor} ms)`
    });
    // A cost per unit is constant when the total is linear: each added line (file) costs the same. Judged on the
    // cost of the units added from one size to the next, so that a fixed cost per edit (the round trip) or per
    // process (loading and compiling the program) does not count as a cost per unit. What the goal guards against
    // is a cost per unit that grows with the size (a quadratic step); one that falls, because the JIT compiler has
    // optimized more of the program by the time the larger input is processed, meets it.
    const linear = (sizes, totals, per) => {
        const added = sizes.slice(1).map((size, i) => (totals[i + 1] - totals[i]) / (size - sizes[i]) * per);
        const average = sizes.map((size, i) => totals[i] / size * per);
        return {
            holds: added.at(-1) <= CONSTANT_WITHIN * added[0],
            detail: `${added.map(v => round(v, 2)).join(' / ')} ms per added ${per === 1 ? 'file' : `${per.toLocaleString('en-US')} lines`}`
                + ` (all included: ${average.map(v => round(v, 2)).join(' / ')})`
        };
    };
    return [
        {
            goal: 'Edit -> diagnostics on 5,000 lines within 10x the time to tokenize them',
            wall: within(medium.server.edit.median, medium.tokenize.median, 10),
            cpu: within(medium.server.edit.cpu, medium.tokenize.cpu, 10)
        },
        {
            goal: 'Completion p95 on 5,000 lines at most a fifth of that budget (CPU: per request on average)',
            wall: within(medium.server.completion.p95, medium.tokenize.median, 2),
            cpu: within(medium.server.completion.cpu, medium.tokenize.cpu, 2)
        },
        {
            goal: `Edit -> diagnostics cost per line constant (within ${percent(CONSTANT_WITHIN)}) from ${docs[0].lines.toLocaleString('en-US')} to ${docs.at(-1).lines.toLocaleString('en-US')} lines`,
            wall: linear(docs.map(d => d.lines), docs.map(d => d.server.edit.median), 1000),
            cpu: linear(docs.map(d => d.lines), docs.map(d => d.server.edit.cpu), 1000)
        },
        {
            goal: `sla check cost per file constant (within ${percent(CONSTANT_WITHIN)}) from ${checks[0].files} to ${checks.at(-1).files} files`,
            wall: linear(checks.map(c => c.files), checks.map(c => c.ms), 1),
            cpu: linear(checks.map(c => c.files), checks.map(c => c.cpuMs), 1)
        },
        {
            goal: `Workspace memory grows at most linearly (KiB per added file at most ${percent(CONSTANT_WITHIN)} above the first step)`,
            wall: {
                // As for a cost per unit: what the goal guards against is memory per file that grows with the
                // workspace; memory per file that falls at the larger size meets it.
                holds: memorySlopes.at(-1) <= CONSTANT_WITHIN * memorySlopes[0],
                detail: `${memorySlopes.map(Math.round).join(' / ')} KiB per added file (peak RSS ${workspaces.map(w => w.peakRssMiB).join(' / ')} MiB)`
            }
        },
        {
            goal: 'A change re-validates only the documents it affects',
            wall: {
                holds: workspaces.every(w => w.leafEditRevalidated === 1 && w.rootEditRevalidated === w.refining + 1),
                detail: workspaces.map(w =>
                    `${w.files} files: an edit in a refining agreement ${w.leafEditRevalidated}, in the corporate one ${w.rootEditRevalidated} (itself + ${w.refining} refining)`).join('; ')
            }
        }
    ];
}

function percent(ratio) {
    return `${Math.round((ratio - 1) * 100)} %`;
}
