import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Count } from "@/components/ui/count";
import { EmptyRow, Table, TBody, TH, THead } from "@/components/ui/table";

/**
 * A card holding one table named after the card's title, so tests and screen
 * readers find the table by the heading they see. `children` renders one keyed
 * <TR> per row; `empty` fills the table when there are no rows, and `counted`
 * puts the row count in the card's header.
 */
export function TableCard<Row>({
  title,
  columns,
  rows,
  empty,
  counted = false,
  children,
}: {
  title: string;
  columns: ReactNode[];
  rows: readonly Row[];
  empty?: ReactNode;
  counted?: boolean;
  children: (row: Row) => ReactNode;
}) {
  return (
    <Card title={title} actions={counted ? <Count n={rows.length} /> : undefined}>
      <Table aria-label={title}>
        <THead>
          <tr>
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed header, order never changes
              <TH key={i}>{column}</TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {rows.length === 0 && empty ? (
            <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>
          ) : null}
          {rows.map((row) => children(row))}
        </TBody>
      </Table>
    </Card>
  );
}
