import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ConnectivityResult } from "@/lib/connectivity/types";
import { useMessages } from "@/lib/i18n/provider";
import { VerdictBadge } from "./probe-result";

/** Rows: the node each probe ran on; columns: every address probed; cells: reached or not. */
export function ProbeMatrix({ results }: { results: ConnectivityResult[] }) {
  const t = useMessages().connectivity;
  const columns = [
    ...new Map(results.flatMap((r) => r.connections).map((c) => [c.ip, c])).values(),
  ];
  return (
    <Card title={t.matrix}>
      <p className="mb-3 text-sm text-slate-400">{t.matrixHint}</p>
      <Table aria-label={t.matrix}>
        <THead>
          <tr>
            <TH>{t.from}</TH>
            {columns.map((c) => (
              <TH key={c.ip} className="font-mono normal-case">
                {c.ip}
                <span className="block text-[10px] text-slate-500">
                  {c.kind === "vip" ? t.kind.vip : (c.node ?? t.kind.task)}
                </span>
              </TH>
            ))}
            <TH>{t.dns}</TH>
            <TH />
          </tr>
        </THead>
        <TBody>
          {results.map((r) => (
            <TR key={r.probe}>
              <TD className="font-medium">{r.node ?? "?"}</TD>
              {columns.map((col) => {
                const c = r.connections.find((x) => x.ip === col.ip);
                return (
                  <TD
                    key={col.ip}
                    className={c?.reachable ? "text-emerald-300" : "text-rose-300"}
                    title={c?.error}
                  >
                    {c ? (c.reachable ? `✓ ${c.ms ?? ""} ms` : "✗") : "—"}
                  </TD>
                );
              })}
              <TD>{r.dns.every((d) => d.ok) ? "✓" : "✗"}</TD>
              <TD>
                <VerdictBadge verdict={r.verdict} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
