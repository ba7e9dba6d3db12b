/** Suggestions for a misspelt name or unit: the known names a few keystrokes away from what was written. */

/** The candidates close to `written`, closest first: case-insensitive edit distance within a third of its length. */
export function closeNames(written: string, candidates: Iterable<string>, most = 3): string[] {
    const target = written.toLowerCase();
    const limit = Math.max(1, Math.floor(target.length / 3));
    return [...new Set(candidates)]
        .map(name => ({ name, distance: editDistance(target, name.toLowerCase()) }))
        .filter(c => c.distance <= limit && c.name !== written)
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
        .slice(0, most)
        .map(c => c.name);
}

/** `'a', 'b' or 'c'`. */
export function quotedList(names: readonly string[], conjunction = 'or'): string {
    const quoted = names.map(n => `'${n}'`);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
