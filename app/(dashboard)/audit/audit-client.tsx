"use client";

import { useQuery } from "@tanstack/react-query";
import { useSession } from "@/components/auth/session-context";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/audit/types";
import { useMessages } from "@/lib/i18n/provider";
import { fetchJson } from "@/lib/query/fetch-json";

const tone = {
  attempt: "neutral",
  ok: "good",
  refused: "warn",
  failed: "bad",
  locked: "bad",
} as const;

export function AuditClient() {
  const m = useMessages();
  const a = m.audit;
  const { role } = useSession();
  const { data, error } = useQuery({
    queryKey: ["audit"],
    queryFn: ({ signal }) => fetchJson<AuditEntry[]>("/api/audit", { signal }),
    enabled: role === "admin",
  });
  if (role !== "admin")
    return (
      <>
        <PageHeader title={a.title} />
        <p role="alert">{m.auth.viewerOnly}</p>
      </>
    );
  return (
    <>
      <PageHeader title={a.title} />
      <p className="mb-3 text-sm text-slate-400">{a.intro}</p>
      {error ? <p role="alert">{error.message}</p> : null}
      <Table aria-label={a.title}>
        <THead>
          <tr>
            <TH>{a.columns.time}</TH>
            <TH>{a.columns.role}</TH>
            <TH>{a.columns.operation}</TH>
            <TH>{a.columns.target}</TH>
            <TH>{a.columns.cli}</TH>
            <TH>{a.columns.result}</TH>
          </tr>
        </THead>
        <TBody>
          {data?.length === 0 ? <EmptyRow colSpan={6}>{a.empty}</EmptyRow> : null}
          {data?.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the list is append-only
            <TR key={`${e.time}-${i}`}>
              <TD className="whitespace-nowrap font-mono text-xs">
                {e.time.replace("T", " ").slice(0, 19)}
              </TD>
              <TD>
                {e.role}
                {e.via || e.address ? (
                  <span className="block font-mono text-xs text-slate-400">
                    {[e.via, e.address].filter(Boolean).join(" · ")}
                  </span>
                ) : null}
              </TD>
              <TD className="font-mono">{e.operation}</TD>
              <TD className="font-mono text-xs">{Object.values(e.target).join(" ")}</TD>
              <TD className="font-mono text-xs break-all">{e.cli ?? "—"}</TD>
              <TD>
                <Badge tone={tone[e.result]}>
                  {e.result} {e.status}
                </Badge>
                {e.message ? (
                  <span className="block text-xs text-slate-400">{e.message}</span>
                ) : null}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </>
  );
}
