import { CliLine } from "@/components/forms/cli-line";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ConnectivityResult, Verdict } from "@/lib/connectivity/types";
import { formatDecimal } from "@/lib/i18n/format";
import { useLocale, useMessages } from "@/lib/i18n/provider";

export const VERDICT_TONE: Record<Verdict, Tone> = { ok: "good", degraded: "warn", failed: "bad" };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useMessages().connectivity;
  return <Badge tone={VERDICT_TONE[verdict]}>{t.verdict[verdict]}</Badge>;
}

/** One probe's answer: verdict and why, DNS against Docker, each connection, the manual way. */
export function ProbeResult({ result }: { result: ConnectivityResult }) {
  const t = useMessages().connectivity;
  const dc = t.dnsColumns;
  const cc = t.connColumns;
  const locale = useLocale();
  return (
    <Card
      title={`${t.from} ${result.node ?? "?"} → ${result.target}:${result.port}`}
      actions={<VerdictBadge verdict={result.verdict} />}
    >
      <div className="space-y-4">
        <ul aria-label={t.summary} className="list-disc space-y-1 pl-5 text-sm text-slate-200">
          {result.findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
        <Table aria-label={t.dns}>
          <THead>
            <tr>
              <TH>{dc.name}</TH>
              <TH>{dc.answers}</TH>
              <TH>{dc.expected}</TH>
              <TH>{dc.ok}</TH>
            </tr>
          </THead>
          <TBody>
            {result.dns.map((d) => (
              <TR key={d.name}>
                <TD className="font-mono">{d.name}</TD>
                <TD className="font-mono">{d.answers.join(", ") || "—"}</TD>
                <TD className="font-mono">{d.expected.join(", ") || "—"}</TD>
                <TD>
                  <Badge tone={d.ok ? "good" : "bad"}>{d.ok ? "✓" : "✗"}</Badge>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
        <Table aria-label={t.connections}>
          <THead>
            <tr>
              <TH>{cc.ip}</TH>
              <TH>{cc.kind}</TH>
              <TH>{cc.node}</TH>
              <TH>{cc.reachable}</TH>
              <TH>{cc.ms}</TH>
            </tr>
          </THead>
          <TBody>
            {result.connections.map((c) => (
              <TR key={c.ip}>
                <TD className="font-mono">{c.ip}</TD>
                <TD>
                  <Badge tone={c.kind === "vip" ? "accent" : "neutral"}>
                    {c.kind === "vip" ? t.kind.vip : (c.task ?? t.kind.task)}
                  </Badge>
                </TD>
                <TD>
                  {c.node ?? "—"}
                  {c.local ? (
                    <span className="ml-1 text-xs text-slate-400">({t.local})</span>
                  ) : null}
                </TD>
                <TD>
                  <Badge tone={c.reachable ? "good" : "bad"}>
                    {c.reachable ? t.reachable : `${t.unreachable}: ${c.error ?? ""}`}
                  </Badge>
                </TD>
                <TD className="tabular-nums">{c.ms !== undefined ? `${c.ms} ms` : "—"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
        <CliLine label={t.manual} command={result.cli.join("\n")} />
        <p className="text-xs text-slate-400">
          {result.probe} · {t.duration} {formatDecimal(result.durationMs / 1000, 1, locale)} s
        </p>
      </div>
    </Card>
  );
}
