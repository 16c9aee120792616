"use client";

import { useEffect, useState } from "react";
import { WarningList } from "@/components/forms/alerts";
import { CliLine } from "@/components/forms/cli-line";
import { ResultRegion } from "@/components/forms/result-region";
import { useMessages } from "@/lib/i18n/provider";

const KEY = "swarmnet.flash";

export type FlashMessage = { scope: string; title: string; cli: string; warnings: string[] };

/** Keeps a mutation's outcome across a navigation (create → the new network's page). */
export function setFlash(flash: FlashMessage): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(flash));
  } catch {
    // Private mode without storage: the outcome is simply not shown after navigating.
  }
}

function takeFlash(scope: string): FlashMessage | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const flash = JSON.parse(raw) as FlashMessage;
    if (flash.scope !== scope) return null;
    sessionStorage.removeItem(KEY);
    return flash;
  } catch {
    return null;
  }
}

/** A mutation's outcome: what ran and Docker's (or swarmnet's) warnings. */
export function MutationOutcome({
  title,
  cli,
  warnings,
}: {
  title: string;
  cli: string;
  warnings: readonly string[];
}) {
  const m = useMessages();
  return (
    <div
      role="status"
      className="space-y-2 rounded border border-emerald-800 bg-emerald-950/40 p-3"
    >
      <p className="text-sm font-medium text-emerald-100">{title}</p>
      <CliLine command={cli} label={m.forms.commandRun} />
      <WarningList warnings={warnings} title={m.forms.warnings} />
    </div>
  );
}

export function Flash({ scope }: { scope: string }) {
  const [flash, setState] = useState<FlashMessage | null>(null);
  useEffect(() => setState(takeFlash(scope)), [scope]);
  if (!flash) return null;
  // The outcome of the change made on the previous page: focus lands on it after the navigation.
  return (
    <div className="mb-4">
      <ResultRegion focusKey={flash}>
        <MutationOutcome title={flash.title} cli={flash.cli} warnings={flash.warnings} />
      </ResultRegion>
    </div>
  );
}
