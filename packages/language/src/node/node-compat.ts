/**
 * Langium 4.4's parser (chevrotain 13) calls `Object.groupBy` and `Map.groupBy`, which Node gained in 21. The
 * standalone server and the CLI may be started by any Node >= 20 on a user's machine (an editor's, a CI image's),
 * so the bundles load this first. Inside VS Code, Electron already has both.
 */
type KeyOf<T, K> = (item: T, index: number) => K;

function group<T, K>(items: Iterable<T>, keyOf: KeyOf<T, K>, add: (key: K, item: T) => void): void {
    let index = 0;
    for (const item of items) add(keyOf(item, index++), item);
}

const objectWithGroupBy = Object as unknown as { groupBy?: <T, K extends PropertyKey>(items: Iterable<T>, keyOf: KeyOf<T, K>) => Partial<Record<K, T[]>> };
if (!objectWithGroupBy.groupBy) {
    objectWithGroupBy.groupBy = <T, K extends PropertyKey>(items: Iterable<T>, keyOf: KeyOf<T, K>) => {
        const groups = Object.create(null) as Partial<Record<K, T[]>>;
        group(items, keyOf, (key, item) => (groups[key] ??= []).push(item));
        return groups;
    };
}

const mapWithGroupBy = Map as unknown as { groupBy?: <T, K>(items: Iterable<T>, keyOf: KeyOf<T, K>) => Map<K, T[]> };
if (!mapWithGroupBy.groupBy) {
    mapWithGroupBy.groupBy = <T, K>(items: Iterable<T>, keyOf: KeyOf<T, K>) => {
        const groups = new Map<K, T[]>();
        group(items, keyOf, (key, item) => groups.get(key)?.push(item) ?? groups.set(key, [item]));
        return groups;
    };
}

export {};
