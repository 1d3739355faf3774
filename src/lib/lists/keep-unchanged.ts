// Lists rebuilt on every change, handed to a keyed {#each}: an item that did not change keeps its object, so Svelte
// re-runs the effects of the items that did change and no others.

/** Flat records (strings, numbers, booleans, null): fields are compared with ===, not looked into. */
function same(a: object, b: object): boolean {
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (!(k in x)) return false;
  return true;
}

/**
 * Returns a keeper: given the new items, it hands back each one that equals the item of the same key it was last
 * given as that earlier object, and remembers the new list for the next call.
 */
export function keepUnchanged<T extends object>(keyOf: (item: T) => string): (items: T[]) => T[] {
  let earlier = new Map<string, T>();
  return (items) => {
    const now = new Map<string, T>();
    const kept = items.map((item) => {
      const key = keyOf(item);
      const before = earlier.get(key);
      const chosen = before !== undefined && same(before, item) ? before : item;
      now.set(key, chosen);
      return chosen;
    });
    earlier = now;
    return kept;
  };
}
