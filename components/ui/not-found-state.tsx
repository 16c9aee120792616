import type { ReactNode } from "react";
import { TextLink } from "./text-link";

/** What a detail page shows when its object does not exist: what was asked for, and a way back. */
export function NotFoundState({
  title,
  hint,
  reference,
  back,
}: {
  title: ReactNode;
  hint: ReactNode;
  reference: string;
  back: { href: string; label: ReactNode };
}) {
  return (
    <div role="alert" className="max-w-2xl rounded-lg border border-amber-800 bg-amber-950/40 p-5">
      <h1 className="text-xl font-semibold text-amber-100">{title}</h1>
      <p className="mt-2 text-amber-100">
        {hint} <code className="font-mono">{reference}</code>.
      </p>
      <p className="mt-3">
        <TextLink href={back.href}>{back.label}</TextLink>
      </p>
    </div>
  );
}
