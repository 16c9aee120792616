"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { ProbeForm } from "@/components/connectivity/probe-form";
import { ProbeMatrix } from "@/components/connectivity/probe-matrix";
import { ProbeResult } from "@/components/connectivity/probe-result";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { MutationGate } from "@/components/forms/mutation-gate";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { ConnectivityResult } from "@/lib/connectivity/types";
import { useMessages } from "@/lib/i18n/provider";

export function ConnectivityClient() {
  const t = useMessages().connectivity;
  const params = useSearchParams();
  const [results, setResults] = useState<ConnectivityResult[]>([]);
  const initial = {
    ...(params.get("network") ? { network: params.get("network") ?? "" } : {}),
    ...(params.get("target") ? { target: params.get("target") ?? "" } : {}),
  };
  return (
    <>
      <PageHeader title={t.title} />
      <p className="mb-4 max-w-3xl text-sm text-slate-400">{t.intro}</p>
      <Card className="mb-4">
        <MutationGate>
          <WithSnapshot>
            {(s) => <ProbeForm snapshot={s} initial={initial} onResults={setResults} />}
          </WithSnapshot>
        </MutationGate>
      </Card>
      <div className="space-y-4">
        {results.length > 1 ? <ProbeMatrix results={results} /> : null}
        {results.map((r) => (
          <ProbeResult key={r.probe} result={r} />
        ))}
      </div>
    </>
  );
}
