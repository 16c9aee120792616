import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A titled panel; `title` becomes a heading so tests and screen readers can find it. */
export function Card({
  title,
  children,
  className,
  actions,
}: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
}) {
  return (
    <section className={cn("rounded-lg border border-slate-800 bg-slate-900/60 p-4", className)}>
      {title ? (
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 className="text-base font-semibold text-slate-100">{title}</h2>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}

/** Label/value pairs, for IPAM and options. */
export function DefinitionList({ items }: { items: [ReactNode, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm">
      {items.map(([k, v], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static list, order never changes
        <div key={i} className="contents">
          <dt className="text-slate-400">{k}</dt>
          <dd className="font-mono text-slate-100 break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
