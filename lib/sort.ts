/** Orders for tables and lists: names naturally (svc-2 before svc-10), any column either way. */

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Natural order: svc-2 before svc-10; case and accents only break ties, so the order is total. */
export const naturalCompare = (a: string, b: string): number =>
  collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** A cell's sort value: numbers compare as numbers, text naturally; empty (null) sorts last. */
export type SortValue = string | number | null;

export function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return naturalCompare(String(a), String(b));
}

export type SortDirection = "ascending" | "descending";
export type SortState<K extends string> = { key: K; direction: SortDirection };

/**
 * Rows by one column, then by the tie-breaker (the name, usually) ascending, so equal cells
 * keep a stable, meaningful order. Empty cells stay last in both directions.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: SortState<K>,
  value: (row: T, key: K) => SortValue,
  tieBreak: (row: T) => SortValue,
): T[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    if (va === null || vb === null) {
      const empty = compareValues(va, vb);
      if (empty !== 0) return empty;
    }
    return sign * compareValues(va, vb) || compareValues(tieBreak(a), tieBreak(b));
  });
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: "ascending" };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}
