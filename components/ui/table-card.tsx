"use client";

import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Count } from "@/components/ui/count";
import { SortableTH, useSortedRows } from "@/components/ui/sortable";
import { EmptyRow, Table, TBody, TH, THead } from "@/components/ui/table";
import type { SortValue } from "@/lib/sort";

/**
 * A card holding one table named after the card's title, so tests and screen
 * readers find the table by the heading they see. `children` renders one keyed
 * <TR> per row; `empty` fills the table when there are no rows, and `counted`
 * puts the row count in the card's header. `sortBy` (one cell value per column) makes every
 * header sort the rows; until one is used, the rows keep the order they came in.
 */
export function TableCard<Row>({
  title,
  columns,
  rows,
  empty,
  counted = false,
  sortBy,
  children,
}: {
  title: string;
  columns: ReactNode[];
  rows: readonly Row[];
  empty?: ReactNode;
  counted?: boolean;
  sortBy?: readonly ((row: Row) => SortValue)[];
  children: (row: Row) => ReactNode;
}) {
  const { sorted, header } = useSortedRows<Row, string>(
    rows,
    null,
    (row, key) => sortBy?.[Number(key)]?.(row) ?? null,
    () => null,
  );
  return (
    <Card title={title} actions={counted ? <Count n={rows.length} /> : undefined}>
      <Table aria-label={title}>
        <THead>
          <tr>
            {columns.map((column, i) =>
              sortBy?.[i] ? (
                <SortableTH key={String(i)} {...header(String(i))}>
                  {column}
                </SortableTH>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed header, order never changes
                <TH key={i}>{column}</TH>
              ),
            )}
          </tr>
        </THead>
        <TBody>
          {rows.length === 0 && empty ? (
            <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>
          ) : null}
          {sorted.map((row) => children(row))}
        </TBody>
      </Table>
    </Card>
  );
}
