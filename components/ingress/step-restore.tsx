"use client";

import { CliLine } from "@/components/forms/cli-line";
import { putPorts } from "@/components/ingress/step-blockers";
import type { WizardAction } from "@/components/ingress/use-wizard-runner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { servicePortsCli } from "@/lib/cli/service";
import { useMessages } from "@/lib/i18n/provider";
import { restoredPorts, type ServiceProgress } from "@/lib/ingress-wizard/plan";
import type { Messages } from "@/lib/messages";
import type { Service } from "@/lib/model/service";

export function restoreActions(
  services: ServiceProgress[],
  t: Messages["ingressWizard"],
): WizardAction[] {
  return services
    .filter((svc) => svc.state === "cleared" && svc.live)
    .map((svc) => ({
      label: svc.name,
      run: async () => {
        const live = svc.live as Service;
        const res = await putPorts(live, restoredPorts(live.ports, svc.originalPorts));
        return { cli: res.cli, message: `${svc.name}: ${t.state.restored}` };
      },
    }));
}

/** Step 5: publish the original ingress ports again, or leave the services as they are. */
export function StepRestore({
  services,
  busy,
  onRestore,
  onSkip,
}: {
  services: ServiceProgress[];
  busy: boolean;
  onRestore: () => void;
  onSkip: () => void;
}) {
  const m = useMessages();
  const t = m.ingressWizard;
  const pending = services.filter((s) => s.state === "cleared" && s.live);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-300">{t.restoreIntro}</p>
      <ul className="space-y-2">
        {services.map((svc) => (
          <li key={svc.id} className="space-y-1">
            <div className="flex items-center gap-2 text-sm">
              <span className="font-medium">{svc.name}</span>
              <Badge tone={svc.state === "restored" ? "good" : "warn"}>{t.state[svc.state]}</Badge>
            </div>
            {svc.state === "cleared" && svc.live ? (
              <CliLine
                command={
                  servicePortsCli(
                    svc.name,
                    svc.live.ports,
                    restoredPorts(svc.live.ports, svc.originalPorts),
                  ) ?? ""
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
      {pending.length === 0 ? <p className="text-sm text-slate-400">{t.nothingToRestore}</p> : null}
      <div className="flex gap-2">
        <Button variant="primary" disabled={busy || pending.length === 0} onClick={onRestore}>
          {busy ? m.forms.saving : `${t.restore} (${pending.length})`}
        </Button>
        <Button disabled={busy} onClick={onSkip}>
          {t.skipRestore}
        </Button>
      </div>
    </div>
  );
}
