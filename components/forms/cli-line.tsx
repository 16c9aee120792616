"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { messages } from "@/lib/messages";

const m = messages();

/** The equivalent `docker …` command, selectable and copyable. */
export function CliLine({ command, label = m.forms.command }: { command: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <figure aria-label={label} className="rounded border border-slate-800 bg-slate-950 p-2">
      <figcaption className="mb-1 flex items-center justify-between text-xs text-slate-400">
        <span>{label}</span>
        <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={copy}>
          {copied ? m.forms.copied : m.forms.copy}
        </Button>
      </figcaption>
      <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-emerald-200">
        {command}
      </pre>
    </figure>
  );
}
