/** Small measuring helpers: summaries of repeated timings, and offsets turned into LSP positions. */

/** Median and 95th percentile (nearest rank) of a list of milliseconds. */
export function summarize(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = q => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
    return { n: sorted.length, median: round(rank(0.5)), p95: round(rank(0.95)) };
}

export function round(value, digits = 1) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

/**
 * Runs `action` `runs` times after `warmup` unmeasured runs and summarizes the milliseconds each run took, with
 * the median CPU time of a run (`cpu`): on a busy machine the wall time includes waiting for a core.
 */
export function timeSync(action, runs, warmup = 3) {
    for (let i = 0; i < warmup; i++) action();
    const samples = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const cpuBefore = process.cpuUsage();
        action();
        const used = process.cpuUsage(cpuBefore);
        samples.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
    }
    return { ...summarize(samples), cpu: summarize(cpu).median };
}

/** Converts offsets in one text to LSP positions (zero-based line and character). */
export class LineIndex {
    constructor(text) {
        this.starts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }

    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset) low = middle; else high = middle - 1;
        }
        return { line: low, character: offset - this.starts[low] };
    }

    range(start, end) {
        return { start: this.position(start), end: this.position(end) };
    }
}

/** `count` items spread evenly over `items`, first to last. */
export function spread(items, count) {
    if (items.length <= count) return items;
    return Array.from({ length: count }, (_, i) => items[Math.floor(i * (items.length - 1) / (count - 1))]);
}
