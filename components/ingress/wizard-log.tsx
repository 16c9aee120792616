"use client";

import { Badge } from "@/components/ui/badge";
import { useMessages } from "@/lib/i18n/provider";
import type { WizardLogEntry } from "@/lib/ingress-wizard/plan";

/** Every command the wizard ran and its result, newest last. */
export function WizardLog({ entries }: { entries: WizardLogEntry[] }) {
  const t = useMessages().ingressWizard;
  if (entries.length === 0) return null;
  return (
    <section aria-label={t.log} className="rounded-lg border border-slate-800 bg-slate-950 p-3">
      <h2 className="mb-2 text-sm font-semibold text-slate-200">{t.log}</h2>
      <ol className="space-y-2 text-xs">
        {entries.map((e) => (
          <li key={`${e.at}-${e.message}`} className="space-y-0.5">
            <div className="flex items-center gap-2">
              <Badge tone={e.ok ? "good" : "bad"}>{e.ok ? t.logOk : t.logFailed}</Badge>
              <span className="text-slate-300">{e.message}</span>
            </div>
            {e.cli ? (
              <pre className="font-mono whitespace-pre-wrap break-all text-emerald-200">
                {e.cli}
              </pre>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
