import { CopyButton } from "@/components/ui/copy-button";

/** One shell line of a fix, selectable, with a copy button (comments shown dimmed, not copyable). */
export function CopyCommand({ command }: { command: string }) {
  if (command.startsWith("#")) {
    return <p className="font-mono text-xs text-slate-400">{command}</p>;
  }
  return (
    <div className="flex items-start gap-2 rounded border border-slate-800 bg-slate-950 px-2 py-1">
      <code className="min-w-0 flex-1 font-mono text-xs break-all whitespace-pre-wrap text-emerald-200">
        {command}
      </code>
      <CopyButton text={command} className="shrink-0" />
    </div>
  );
}
