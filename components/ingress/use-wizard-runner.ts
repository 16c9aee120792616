"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { appendLog, type StepId, type WizardPlan } from "@/lib/ingress-wizard/plan";
import { ApiError } from "@/lib/query/fetch-json";
import { invalidateAfterMutation } from "@/lib/query/mutate";
import { queryKeys } from "@/lib/query/snapshot";

export type WizardAction = { label: string; run: () => Promise<{ cli: string; message: string }> };

/**
 * Runs a step's actions one after another, logging each into the plan; the first failure stops
 * the step (the log keeps the error for the step to show, even after a reload).
 */
export function useWizardRunner(
  save: (update: (p: WizardPlan | null) => WizardPlan | null) => void,
) {
  const [busy, setBusy] = useState<StepId | null>(null);
  const client = useQueryClient();
  const log = (step: StepId, ok: boolean, cli: string | null, message: string) =>
    save((p) => (p ? appendLog(p, { step, ok, cli, message }, new Date().toISOString()) : p));
  const run = async (step: StepId, actions: WizardAction[]): Promise<boolean> => {
    setBusy(step);
    try {
      for (const action of actions) {
        try {
          const { cli, message } = await action.run();
          log(step, true, cli, message);
        } catch (e) {
          const text = e instanceof ApiError || e instanceof Error ? e.message : String(e);
          log(step, false, null, `${action.label}: ${text}`);
          return false;
        }
      }
      return true;
    } finally {
      await invalidateAfterMutation(client);
      await client.refetchQueries({ queryKey: queryKeys.snapshot });
      setBusy(null);
    }
  };
  return { busy, run };
}
