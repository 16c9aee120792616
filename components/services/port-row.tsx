"use client";

import { FieldMessages, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { ParsedPortRow, RowFindings } from "@/lib/forms/ports-form";
import { useMessages } from "@/lib/i18n/provider";
import { PROTOCOLS, type Protocol, PUBLISH_MODES, type PublishMode } from "@/lib/model/port";
import { renderLong, renderShort } from "@/lib/ports/render";

const selectClass =
  "rounded border border-slate-700 bg-slate-900 px-2 py-1.5 text-sm outline-none focus:border-sky-500 focus-visible:ring-2 focus-visible:ring-sky-500 disabled:text-slate-500";

/** One port of the editor: the text (either syntax), protocol/mode selects, both renderings. */
export function PortRowEditor({
  index,
  row,
  findings,
  onText,
  onRetype,
  onRemove,
}: {
  index: number;
  row: ParsedPortRow;
  findings: RowFindings;
  onText: (text: string) => void;
  onRetype: (change: { protocol?: Protocol; mode?: PublishMode }) => void;
  onRemove: () => void;
}) {
  const t = useMessages().servicesOps;
  const id = `port-${index}`;
  const first = row.ports[0];
  const error = findings.errors.join("; ") || undefined;
  return (
    <li className="space-y-1 rounded border border-slate-800 p-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor={id} className="mb-1 block text-xs text-slate-400">
            {`${t.portLabel} ${index + 1}`}
          </label>
          <input
            id={id}
            value={row.text}
            autoComplete="off"
            spellCheck={false}
            placeholder="8080:80/udp"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => onText(e.target.value)}
            className={cn(inputClass, "font-mono")}
          />
        </div>
        <label className="text-xs text-slate-400">
          <span className="mb-1 block">{t.protocol}</span>
          <select
            aria-label={`${t.protocol} ${index + 1}`}
            className={selectClass}
            disabled={!first}
            value={first?.protocol ?? "tcp"}
            onChange={(e) => onRetype({ protocol: e.target.value as Protocol })}
          >
            {PROTOCOLS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label className="text-xs text-slate-400">
          <span className="mb-1 block">{t.mode}</span>
          <select
            aria-label={`${t.mode} ${index + 1}`}
            className={selectClass}
            disabled={!first}
            value={first?.mode ?? "ingress"}
            onChange={(e) => onRetype({ mode: e.target.value as PublishMode })}
          >
            {PUBLISH_MODES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <Button
          aria-label={`${t.removePort} ${t.portLabel.toLowerCase()} ${index + 1}`}
          onClick={onRemove}
        >
          {t.removePort}
        </Button>
      </div>
      <FieldMessages id={id} error={error} />
      {findings.warnings.length > 0 ? (
        <p className="text-xs text-amber-300">{findings.warnings.join("; ")}</p>
      ) : null}
      {row.ports.length > 0 ? (
        <dl
          aria-label={t.portSyntaxes(index + 1)}
          className="grid grid-cols-[max-content_1fr] gap-x-3 font-mono text-xs text-slate-300"
        >
          {row.ports.map((port) => (
            <div key={renderLong(port)} className="contents">
              <dt className="text-slate-400">{t.short}</dt>
              <dd className="break-all">{renderShort(port) ?? t.noShort}</dd>
              <dt className="text-slate-400">{t.long}</dt>
              <dd className="break-all">{renderLong(port)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}
