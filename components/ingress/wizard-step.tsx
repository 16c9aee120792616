"use client";

import type { ReactNode } from "react";
import { ErrorAlert } from "@/components/forms/alerts";
import { Badge } from "@/components/ui/badge";
import { useMessages } from "@/lib/i18n/provider";
import type { StepId, WizardLogEntry } from "@/lib/ingress-wizard/plan";

export type StepStatus = "done" | "current" | "waiting";

/** One numbered step: its status, its content while current, and its last failure. */
export function WizardStep({
  id,
  status,
  failure,
  children,
}: {
  id: StepId;
  status: StepStatus;
  failure?: WizardLogEntry | undefined;
  children?: ReactNode;
}) {
  const t = useMessages().ingressWizard;
  return (
    <section
      aria-labelledby={`step-${id}`}
      aria-current={status === "current" ? "step" : undefined}
      className="rounded-lg border border-slate-800 bg-slate-900/60 p-4 aria-[current=step]:border-sky-700"
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id={`step-${id}`} className="text-base font-semibold text-slate-100">
          {t.steps[id]}
        </h2>
        <Badge tone={status === "done" ? "good" : status === "current" ? "info" : "neutral"}>
          {t.stepStatus[status]}
        </Badge>
      </div>
      {failure && status === "current" ? (
        <div className="mb-3">
          <ErrorAlert title={t.stopped}>
            <p>{failure.message}</p>
            <p className="mt-1 text-rose-200">{t.stoppedHint}</p>
          </ErrorAlert>
        </div>
      ) : null}
      {children}
    </section>
  );
}
