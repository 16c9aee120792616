"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { messages } from "@/lib/messages";

const m = messages();

/** One shell line of a fix, selectable, with a copy button (comments shown dimmed, not copyable). */
export function CopyCommand({ command }: { command: string }) {
  const [copied, setCopied] = useState(false);
  if (command.startsWith("#")) {
    return <p className="font-mono text-xs text-slate-500">{command}</p>;
  }
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
    <div className="flex items-start gap-2 rounded border border-slate-800 bg-slate-950 px-2 py-1">
      <code className="min-w-0 flex-1 font-mono text-xs break-all whitespace-pre-wrap text-emerald-200">
        {command}
      </code>
      <Button variant="ghost" className="shrink-0 px-2 py-0.5 text-xs" onClick={copy}>
        {copied ? m.diagnostics.copied : m.diagnostics.copy}
      </Button>
    </div>
  );
}
