"use client";

import { CliLine } from "@/components/forms/cli-line";
import type { WizardAction } from "@/components/ingress/use-wizard-runner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { servicePortsCli } from "@/lib/cli/service";
import { useMessages } from "@/lib/i18n/provider";
import {
  type BlockerAction,
  clearedPorts,
  type ServiceProgress,
  type WizardPlan,
} from "@/lib/ingress-wizard/plan";
import type { Messages } from "@/lib/messages";
import type { Service } from "@/lib/model/service";
import { renderPreferred } from "@/lib/ports/render";
import { sendJson } from "@/lib/query/mutate";

export function putPorts(live: Service, ports: Service["ports"]) {
  return sendJson<Service>("PUT", `/api/services/${encodeURIComponent(live.id)}/ports`, {
    version: live.version,
    ports,
  });
}

/** Step 2's updates: one PUT per service still publishing through ingress, with the live version. */
export function blockerActions(
  services: ServiceProgress[],
  t: Messages["ingressWizard"],
): WizardAction[] {
  return services
    .filter((svc) => svc.state === "to-clear" && svc.live)
    .map((svc) => ({
      label: svc.name,
      run: async () => {
        const live = svc.live as Service;
        const res = await putPorts(live, clearedPorts(live.ports, svc.action));
        return {
          cli: res.cli,
          message: `${svc.name}: ${svc.action === "host" ? t.toHost : t.unpublish}`,
        };
      },
    }));
}

export function StepBlockers({
  services,
  busy,
  onAction,
  onApply,
}: {
  services: ServiceProgress[];
  busy: boolean;
  onAction: (id: string, action: BlockerAction) => void;
  onApply: () => void;
}) {
  const m = useMessages();
  const t = m.ingressWizard;
  const pending = services.filter((s) => s.state === "to-clear");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-300">{t.blockersIntro}</p>
      {services.length === 0 ? <p className="text-sm text-slate-400">{t.noBlockers}</p> : null}
      <ul className="space-y-3">
        {services.map((svc) => (
          <li key={svc.id} className="space-y-2 rounded border border-slate-800 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{svc.name}</span>
              <Badge tone={svc.state === "to-clear" ? "warn" : "good"}>{t.state[svc.state]}</Badge>
              <span className="font-mono text-xs text-slate-400">
                {t.originalPorts}: {svc.originalPorts.map(renderPreferred).join(", ")}
              </span>
            </div>
            {svc.state === "to-clear" && svc.live ? (
              <>
                <fieldset className="flex flex-wrap gap-4 text-sm">
                  <legend className="sr-only">{svc.name}</legend>
                  {(["unpublish", "host"] as const).map((action) => (
                    <label key={action} className="flex items-center gap-1.5">
                      <input
                        type="radio"
                        name={`action-${svc.id}`}
                        checked={svc.action === action}
                        onChange={() => onAction(svc.id, action)}
                        aria-label={`${svc.name}: ${action === "host" ? t.toHost : t.unpublish}`}
                        className="accent-sky-500"
                      />
                      {action === "host" ? t.toHost : t.unpublish}
                    </label>
                  ))}
                </fieldset>
                <CliLine
                  command={
                    servicePortsCli(
                      svc.name,
                      svc.live.ports,
                      clearedPorts(svc.live.ports, svc.action),
                    ) ?? ""
                  }
                />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <Button variant="primary" disabled={busy || pending.length === 0} onClick={onApply}>
        {busy ? m.forms.saving : `${t.apply} (${pending.length})`}
      </Button>
    </div>
  );
}

export type PlanUpdate = (p: WizardPlan | null) => WizardPlan | null;

export const chooseAction =
  (id: string, action: BlockerAction): PlanUpdate =>
  (p) =>
    p ? { ...p, services: p.services.map((s) => (s.id === id ? { ...s, action } : s)) } : p;
