"use client";

import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";
import { type OptionRow, optionRows } from "@/lib/topology";

/** Every option of a network; MTU, encryption and bridge settings highlighted and explained. */
export function OptionsTable({
  label,
  options,
  always,
}: {
  label: string;
  options: Record<string, string>;
  /** Keys listed even when unset (shown as Docker's default). */
  always?: readonly string[];
}) {
  const m = useMessages();
  const c = m.networkDetail.optionColumns;
  const rows: OptionRow[] = optionRows(options, always);
  return (
    <Table aria-label={label}>
      <THead>
        <tr>
          <TH>{c.key}</TH>
          <TH>{c.value}</TH>
          <TH>{c.note}</TH>
        </tr>
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={3}>{m.networkDetail.noOptions}</EmptyRow> : null}
        {rows.map((r) => (
          <TR key={r.key}>
            <TD
              className={cn(
                "border-l-2 font-mono break-all",
                r.kind ? "border-violet-500 text-violet-200" : "border-transparent text-slate-300",
              )}
            >
              {r.key}
            </TD>
            <TD className="font-mono break-all">
              {r.value === null ? (
                <span className="text-slate-400">{m.common.notSet}</span>
              ) : r.value === "" ? (
                <span className="whitespace-nowrap text-slate-400">{m.common.emptyValue}</span>
              ) : (
                r.value
              )}
            </TD>
            <TD>
              {r.kind ? <Badge tone="accent">{m.networkDetail.optionNotes[r.kind]}</Badge> : null}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
