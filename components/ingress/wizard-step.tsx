"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { ErrorAlert } from "@/components/forms/alerts";
import { Badge } from "@/components/ui/badge";
import { useMessages } from "@/lib/i18n/provider";
import type { StepId, WizardLogEntry } from "@/lib/ingress-wizard/plan";

export type StepStatus = "done" | "current" | "waiting";

/**
 * One numbered step: its status, its content while current, and its last failure. Keyboard
 * focus follows the wizard: to the current step when the wizard opens and each time another
 * step becomes current, and to a new failure of the current step.
 */
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
  const section = useRef<HTMLElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  // null at first: the current step also takes focus when the wizard opens or resumes.
  const previous = useRef<StepStatus | null>(null);
  useEffect(() => {
    if (status === "current" && previous.current !== "current") section.current?.focus();
    previous.current = status;
  }, [status]);
  const failureAt = failure && status === "current" ? failure.at : null;
  useEffect(() => {
    if (failureAt) alert.current?.focus();
  }, [failureAt]);
  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-labelledby={`step-${id}`}
      aria-current={status === "current" ? "step" : undefined}
      className="rounded-lg border border-slate-800 bg-slate-900/60 p-4 outline-none focus-visible:ring-2 focus-visible:ring-sky-500 aria-[current=step]:border-sky-700"
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
        <div ref={alert} tabIndex={-1} className="mb-3 outline-none">
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
