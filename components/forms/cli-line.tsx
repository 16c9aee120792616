"use client";

import { CopyButton } from "@/components/ui/copy-button";
import { useMessages } from "@/lib/i18n/provider";

/** The equivalent `docker …` command, selectable and copyable. */
export function CliLine({ command, label }: { command: string; label?: string }) {
  const m = useMessages();
  label ??= m.forms.command;
  return (
    <figure aria-label={label} className="rounded border border-slate-800 bg-slate-950 p-2">
      <figcaption className="mb-1 flex items-center justify-between text-xs text-slate-400">
        <span>{label}</span>
        <CopyButton text={command} />
      </figcaption>
      <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-emerald-200">
        {command}
      </pre>
    </figure>
  );
}
