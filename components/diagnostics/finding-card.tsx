"use client";

import { Badge, type Tone } from "@/components/ui/badge";
import { networkHref, serviceHref, TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import type { Finding, Severity } from "@/lib/diagnostics/finding";
import { useMessages } from "@/lib/i18n/provider";
import { CopyCommand } from "./copy-command";

export const SEVERITY_TONE: Record<Severity, Tone> = {
  error: "bad",
  warning: "warn",
  info: "info",
};

const BORDER: Record<Severity, string> = {
  error: "border-l-rose-500",
  warning: "border-l-amber-500",
  info: "border-l-sky-500",
};

/** Where an affected object lives in the dashboard, or null when it is not known (any more). */
export type ObjectLinker = (name: string) => string | null;

function ObjectChip({ name, href }: { name: string; href: string | null }) {
  const chip = "rounded bg-slate-800 px-1.5 py-0.5 font-mono text-xs";
  return href ? (
    <TextLink href={href} className={chip}>
      {name}
    </TextLink>
  ) : (
    <span className={cn(chip, "text-slate-200")}>{name}</span>
  );
}

export function FindingCard({ finding, linkFor }: { finding: Finding; linkFor: ObjectLinker }) {
  const m = useMessages();
  const headingId = `finding-${finding.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <article
      aria-labelledby={headingId}
      data-finding-id={finding.id}
      className={cn(
        "rounded-lg border border-l-4 border-slate-800 bg-slate-900/60 p-4",
        BORDER[finding.severity],
      )}
    >
      <header className="flex flex-wrap items-center gap-2">
        <Badge tone={SEVERITY_TONE[finding.severity]}>
          {m.diagnostics.severityOne[finding.severity]}
        </Badge>
        <h3 id={headingId} className="text-base font-semibold text-slate-100">
          {finding.title}
        </h3>
        <code className="ml-auto font-mono text-xs text-slate-400">{finding.id}</code>
      </header>
      <p className="mt-2 text-sm leading-relaxed text-slate-300">{finding.detail}</p>
      {finding.objects.length > 0 ? (
        <p className="mt-3 flex flex-wrap items-center gap-1.5 text-sm">
          <span className="text-slate-400">{m.diagnostics.objects}:</span>
          {finding.objects.map((name) => (
            <ObjectChip key={name} name={name} href={linkFor(name)} />
          ))}
        </p>
      ) : null}
      <section className="mt-3 space-y-1.5">
        <h4 className="text-sm font-medium text-slate-200">{m.diagnostics.fix}</h4>
        <p className="text-sm text-slate-300">{finding.fix.text}</p>
        {finding.fix.commands.length > 0 ? (
          <ol aria-label={m.diagnostics.commands} className="space-y-1">
            {finding.fix.commands.map((command, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed script; a line may repeat
              <li key={i}>
                <CopyCommand command={command} />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </article>
  );
}

/** Links objects by what the snapshot knows them as: network, service, or node. */
export function snapshotLinker(known: {
  networks: string[];
  services: string[];
  nodes: string[];
}): ObjectLinker {
  const networks = new Set(known.networks);
  const services = new Set(known.services);
  const nodes = new Set(known.nodes);
  return (name) => {
    if (networks.has(name)) return networkHref(name);
    if (services.has(name)) return serviceHref(name);
    if (nodes.has(name)) return "/nodes";
    return null;
  };
}
