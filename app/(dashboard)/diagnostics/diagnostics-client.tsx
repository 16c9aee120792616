"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { FindingCard, SEVERITY_TONE, snapshotLinker } from "@/components/diagnostics/finding-card";
import { useSnapshot } from "@/components/docker/use-snapshot";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { groupBySeverity, SEVERITIES } from "@/lib/diagnostics/finding";
import { useMessages } from "@/lib/i18n/provider";
import { diagnosticsQuery } from "@/lib/query/diagnostics";

export function DiagnosticsClient() {
  const m = useMessages();
  const d = m.diagnostics;
  const { data, error, isFetching, refetch } = useQuery(diagnosticsQuery);
  const { data: snapshot } = useSnapshot();
  const linkFor = useMemo(
    () =>
      snapshotLinker({
        networks: snapshot?.networks.map((n) => n.name) ?? [],
        services: snapshot?.services.map((s) => s.name) ?? [],
        nodes: snapshot?.nodes.map((n) => n.hostname) ?? [],
      }),
    [snapshot],
  );
  const groups = useMemo(() => groupBySeverity(data?.findings ?? []), [data]);

  return (
    <>
      <PageHeader title={d.title}>
        <div className="flex items-center gap-3 text-sm text-slate-400">
          {data ? (
            <span>
              {d.checkedAt} <Time iso={data.checkedAt} />
            </span>
          ) : null}
          <Button variant="primary" onClick={() => refetch()} disabled={isFetching}>
            {isFetching ? d.checking : d.recheck}
          </Button>
        </div>
      </PageHeader>
      <p className="mb-4 max-w-3xl text-sm text-slate-400">{d.intro}</p>
      {error ? (
        <p
          role="alert"
          className="mb-4 rounded border border-rose-800 bg-rose-950/60 px-3 py-2 text-sm text-rose-100"
        >
          {d.failed}: {error.message}
        </p>
      ) : null}
      {!data ? (
        <p className="text-slate-400">{d.checking}</p>
      ) : data.findings.length === 0 ? (
        <section
          aria-label={d.summary}
          className="rounded-lg border border-emerald-800 bg-emerald-950/40 p-6"
        >
          <h2 className="text-lg font-semibold text-emerald-100">{d.empty}</h2>
          <p className="mt-1 text-sm text-emerald-200">{d.emptyHint}</p>
        </section>
      ) : (
        <>
          <ul aria-label={d.summary} className="mb-5 flex flex-wrap gap-2">
            {SEVERITIES.map((severity) => (
              <li key={severity}>
                <Badge tone={SEVERITY_TONE[severity]}>
                  {d.severity[severity]}: {groups[severity].length}
                </Badge>
              </li>
            ))}
          </ul>
          <div className="space-y-6">
            {SEVERITIES.filter((severity) => groups[severity].length > 0).map((severity) => (
              <section key={severity} aria-label={d.severity[severity]} className="space-y-3">
                <h2 className="text-lg font-semibold text-slate-100">
                  {d.severity[severity]}{" "}
                  <span className="text-sm font-normal text-slate-400">
                    ({groups[severity].length})
                  </span>
                </h2>
                {groups[severity].map((finding) => (
                  <FindingCard key={finding.id} finding={finding} linkFor={linkFor} />
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
