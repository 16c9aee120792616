import { CopyButton } from "@/components/ui/copy-button";
import { messages } from "@/lib/messages";

const m = messages();

/** The equivalent `docker …` command, selectable and copyable. */
export function CliLine({ command, label = m.forms.command }: { command: string; label?: string }) {
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
