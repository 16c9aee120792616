import type { ReactNode } from "react";

/** A failure: what went wrong, and (children) what to do next. */
export function ErrorAlert({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div
      role="alert"
      className="rounded border border-rose-800 bg-rose-950/60 px-3 py-2 text-sm text-rose-100"
    >
      <p className="font-medium">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}

export function WarningList({
  warnings,
  title,
}: {
  warnings: readonly string[];
  title?: ReactNode;
}) {
  if (warnings.length === 0) return null;
  return (
    <div
      role="note"
      className="rounded border border-amber-800 bg-amber-950/50 px-3 py-2 text-sm text-amber-100"
    >
      {title ? <p className="font-medium">{title}</p> : null}
      <ul className="list-disc space-y-0.5 pl-5">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

export function Note({ children }: { children: ReactNode }) {
  return (
    <div className="rounded border border-sky-900 bg-sky-950/40 px-3 py-2 text-sm text-sky-100">
      {children}
    </div>
  );
}
