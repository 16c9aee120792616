"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import { useCanMutate } from "@/components/auth/session-context";
import { MutationReason } from "@/components/forms/mutation-gate";
import { blockerActions, chooseAction, StepBlockers } from "@/components/ingress/step-blockers";
import { StepCreate } from "@/components/ingress/step-create";
import { StepRemove } from "@/components/ingress/step-remove";
import { restoreActions, StepRestore } from "@/components/ingress/step-restore";
import { useWizardPlan } from "@/components/ingress/use-wizard-plan";
import { useWizardRunner } from "@/components/ingress/use-wizard-runner";
import { WizardLog } from "@/components/ingress/wizard-log";
import { type StepStatus, WizardStep } from "@/components/ingress/wizard-step";
import { Button } from "@/components/ui/button";
import { Card, DefinitionList } from "@/components/ui/card";
import { networkRemoveCli } from "@/lib/cli/network";
import { useMessages } from "@/lib/i18n/provider";
import {
  deriveProgress,
  type StepId,
  startPlan,
  syncPlan,
  type WizardPlan,
} from "@/lib/ingress-wizard/plan";
import type { Network } from "@/lib/model/network";
import type { Snapshot } from "@/lib/model/snapshot";
import { ApiError } from "@/lib/query/fetch-json";
import { sendJson } from "@/lib/query/mutate";
import { queryKeys } from "@/lib/query/snapshot";
import { ipamField } from "@/lib/topology";

function lastFailure(plan: WizardPlan, step: StepId) {
  const entries = plan.log.filter((e) => e.step === step);
  const last = entries[entries.length - 1];
  return last && !last.ok ? last : undefined;
}

function OldIngress({ plan }: { plan: WizardPlan }) {
  const m = useMessages();
  const t = m.ingressWizard;
  const old = plan.oldIngress;
  if (!old) return <p className="text-sm text-amber-200">{t.noIngress}</p>;
  return (
    <DefinitionList
      items={[
        [t.oldIngress, old.name],
        [m.ingress.subnet, old.subnet ?? "—"],
        [m.ingress.gateway, old.gateway ?? "—"],
        [m.ingress.mtu, old.mtu ?? m.ingress.defaultMtu],
      ]}
    />
  );
}

function Created({ network }: { network: Network | undefined }) {
  const m = useMessages();
  const t = m.ingressWizard;
  if (!network) return null;
  return (
    <DefinitionList
      items={[
        [t.created, network.name],
        [m.ingress.subnet, ipamField(network, "subnet")],
        [m.ingress.gateway, ipamField(network, "gateway")],
        [m.ingress.mtu, network.mtu ?? m.ingress.defaultMtu],
      ]}
    />
  );
}

/** While Docker catches up (old tasks stopping, the node's copy going), look again every 2 s. */
function usePollWhile(waiting: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      void client.refetchQueries({ queryKey: queryKeys.snapshot });
    }, 2_000);
    return () => clearInterval(timer);
  }, [waiting, client]);
}

function Waiting({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-3 text-sm text-sky-200">
      {children}
    </p>
  );
}

function Wizard({
  plan,
  snapshot,
  save,
}: {
  plan: WizardPlan;
  snapshot: Snapshot;
  save: (update: (p: WizardPlan | null) => WizardPlan | null) => void;
}) {
  const m = useMessages();
  const t = m.ingressWizard;
  const { busy, run } = useWizardRunner(save);
  const progress = deriveProgress(plan, snapshot);
  const status = (step: StepId): StepStatus =>
    progress.done[step] ? "done" : progress.current === step ? "current" : "waiting";
  const current = progress.current;
  const old = plan.oldIngress;
  const lingering = current === "blockers" && progress.lingeringTasks > 0;
  usePollWhile(lingering || (current === "remove" && progress.removalPending));
  return (
    <div className="space-y-3">
      <WizardStep id="inspect" status={status("inspect")}>
        <OldIngress plan={plan} />
      </WizardStep>
      <WizardStep id="blockers" status={status("blockers")} failure={lastFailure(plan, "blockers")}>
        {lingering ? <Waiting>{`${t.waitingTasks} ${progress.lingeringTasks})`}</Waiting> : null}
        {current === "blockers" || (progress.services.length > 0 && !progress.done.remove) ? (
          <StepBlockers
            services={progress.services}
            busy={busy === "blockers"}
            onAction={(id, action) => save(chooseAction(id, action))}
            onApply={() => run("blockers", blockerActions(progress.services, t))}
          />
        ) : null}
      </WizardStep>
      <WizardStep id="remove" status={status("remove")} failure={lastFailure(plan, "remove")}>
        {current === "remove" && progress.removalPending ? (
          <Waiting>{t.waitingCopy}</Waiting>
        ) : null}
        {current === "remove" && old ? (
          <StepRemove
            name={old.name}
            busy={busy === "remove"}
            onRemove={() =>
              run("remove", [
                {
                  label: old.name,
                  run: async () => {
                    try {
                      const res = await sendJson<{ removed: string }>(
                        "DELETE",
                        `/api/networks/${encodeURIComponent(old.id)}`,
                      );
                      save((p) => (p ? { ...p, removeRequested: true } : p));
                      return { cli: res.cli, message: `${t.removed} (${res.removed})` };
                    } catch (e) {
                      // Gone from the swarm already (a retry after a lagging copy): that is success.
                      if (!(e instanceof ApiError && e.status === 404)) throw e;
                      save((p) => (p ? { ...p, removeRequested: true } : p));
                      return {
                        cli: networkRemoveCli(old.name),
                        message: `${old.name}: ${t.alreadyRemoved}`,
                      };
                    }
                  },
                },
              ])
            }
          />
        ) : null}
      </WizardStep>
      <WizardStep id="create" status={status("create")} failure={lastFailure(plan, "create")}>
        {current === "create" ? (
          <StepCreate
            fields={plan.newIngress}
            busy={busy === "create"}
            onChange={(fields) => save((p) => (p ? { ...p, newIngress: fields } : p))}
            onCreate={(input) =>
              run("create", [
                {
                  label: input.name,
                  run: async () => {
                    const res = await sendJson<Network>("POST", "/api/networks", input);
                    return { cli: res.cli, message: `${t.created}: ${res.name}` };
                  },
                },
              ])
            }
          />
        ) : (
          <Created network={progress.newIngress} />
        )}
      </WizardStep>
      <WizardStep id="restore" status={status("restore")} failure={lastFailure(plan, "restore")}>
        {current === "restore" ? (
          <StepRestore
            services={progress.services}
            busy={busy === "restore"}
            onRestore={() => run("restore", restoreActions(progress.services, t))}
            onSkip={() => save((p) => (p ? { ...p, restoreSkipped: true } : p))}
          />
        ) : null}
      </WizardStep>
      {current === null ? (
        <p role="status" className="text-emerald-200">
          {t.finished}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {current === null ? (
          <Button variant="primary" onClick={() => save(() => null)}>
            {t.finish}
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => save(() => null)}>
            {t.abandon}
          </Button>
        )}
      </div>
      <WizardLog entries={plan.log} />
    </div>
  );
}

/** "Customize ingress": the seed's procedure as a resumable wizard (admins only). */
export function IngressWizard({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.ingressWizard;
  const { allowed, reason } = useCanMutate();
  const { plan, loaded, save } = useWizardPlan();
  // When the wizard closes (finished or abandoned), focus returns to the button that opens it.
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !plan) openButton.current?.focus();
    wasOpen.current = plan !== null;
  }, [plan]);
  // Services that began publishing through the old ingress since the plan was made join it.
  useEffect(() => {
    if (plan && syncPlan(plan, snapshot) !== plan) save((p) => (p ? syncPlan(p, snapshot) : p));
  }, [plan, snapshot, save]);
  return (
    <Card title={t.title}>
      <p className="mb-3 max-w-3xl text-sm text-slate-300">{t.intro}</p>
      {!allowed ? (
        <MutationReason reason={reason} />
      ) : !loaded ? null : plan ? (
        <Wizard plan={plan} snapshot={snapshot} save={save} />
      ) : (
        <Button
          ref={openButton}
          variant="primary"
          onClick={() => save(() => startPlan(snapshot, new Date().toISOString()))}
        >
          {t.open}
        </Button>
      )}
    </Card>
  );
}
