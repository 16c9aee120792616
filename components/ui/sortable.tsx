"use client";

import { type ReactNode, useState } from "react";
import { TH } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { nextSort, type SortState, type SortValue, sortRows } from "@/lib/sort";

/**
 * Sorting for a table: click (or Enter/Space on) a column header to sort by it, again to
 * reverse. Names sort naturally (svc-2 before svc-10); ties fall back to `tieBreak`.
 */
export function useSortedRows<T, K extends string>(
  rows: readonly T[],
  initial: K | null,
  value: (row: T, key: K) => SortValue,
  tieBreak: (row: T) => SortValue,
) {
  // null: the rows' own order (a detail table's meaningful default) until a header is used.
  const [sort, setSort] = useState<SortState<K> | null>(
    initial === null ? null : { key: initial, direction: "ascending" },
  );
  const onSort = (key: K) =>
    setSort((current) => (current ? nextSort(current, key) : { key, direction: "ascending" }));
  return {
    sorted: sort ? sortRows(rows, sort, value, tieBreak) : [...rows],
    /** Spread on a `SortableTH`: `<SortableTH {...header("name")}>`. */
    header: (column: K) => ({ column, sort, onSort }),
  };
}

/**
 * A header cell whose button sorts the table. `aria-sort` on the cell tells screen readers
 * which column orders the rows and which way; the arrow repeats it for the eye.
 */
export function SortableTH<K extends string>({
  column,
  sort,
  onSort,
  children,
  className,
}: {
  column: K;
  sort: SortState<K> | null;
  onSort: (key: K) => void;
  children: ReactNode;
  className?: string;
}) {
  const active = sort?.key === column;
  const arrow = !sort || !active ? "↕" : sort.direction === "ascending" ? "▲" : "▼";
  return (
    <TH aria-sort={sort && active ? sort.direction : "none"} className={className}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className={cn(
          "inline-flex items-center gap-1 rounded uppercase tracking-wide outline-none hover:text-slate-200 focus-visible:ring-2 focus-visible:ring-sky-400",
          active && "text-slate-200",
        )}
      >
        {children}
        <span aria-hidden="true" className={cn("text-[0.65rem]", !active && "opacity-40")}>
          {arrow}
        </span>
      </button>
    </TH>
  );
}
