"use client";

import { useMessages } from "@/lib/i18n/provider";

/** Shown instead of a page when Docker does not answer: where we looked and what to check. */
export function DockerUnavailable({ host, reason }: { host: string; reason?: string }) {
  const m = useMessages();
  return (
    <div role="alert" className="max-w-2xl rounded-lg border border-rose-800 bg-rose-950/50 p-5">
      <h1 className="text-xl font-semibold text-rose-100">{m.unavailable.title}</h1>
      <p className="mt-2 text-rose-100">
        {m.unavailable.at} <code className="font-mono">{host}</code>.
      </p>
      {reason ? <p className="mt-1 font-mono text-sm text-rose-300">{reason}</p> : null}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-rose-200">
        {m.unavailable.checks.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-rose-300">{m.unavailable.retry}</p>
    </div>
  );
}
