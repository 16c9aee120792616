"use client";

import { useState } from "react";
import { CliLine } from "@/components/forms/cli-line";
import { CheckboxField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { networkRemoveCli } from "@/lib/cli/network";
import { useMessages } from "@/lib/i18n/provider";

/** Step 3: Docker's engine-version warning (the CLI prompts it; the API does not), then rm. */
export function StepRemove({
  name,
  busy,
  onRemove,
}: {
  name: string;
  busy: boolean;
  onRemove: () => void;
}) {
  const m = useMessages();
  const t = m.ingressWizard;
  const [ack, setAck] = useState(false);
  return (
    <div className="space-y-3">
      <div
        role="note"
        className="rounded border border-amber-800 bg-amber-950/50 p-3 text-sm text-amber-100"
      >
        <p className="font-medium">{t.engineWarningTitle}</p>
        <p>{t.engineWarning}</p>
      </div>
      <CheckboxField
        id="ack-engine-version"
        label={t.acknowledge}
        checked={ack}
        onChange={(e) => setAck(e.target.checked)}
      />
      <CliLine command={networkRemoveCli(name)} />
      <Button variant="danger" disabled={!ack || busy} onClick={onRemove}>
        {busy ? m.forms.saving : t.remove}
      </Button>
    </div>
  );
}
