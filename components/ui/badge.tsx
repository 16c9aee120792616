import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  neutral: "bg-slate-800 text-slate-200 ring-slate-700",
  info: "bg-sky-950 text-sky-200 ring-sky-800",
  good: "bg-emerald-950 text-emerald-200 ring-emerald-800",
  warn: "bg-amber-950 text-amber-200 ring-amber-800",
  bad: "bg-rose-950 text-rose-200 ring-rose-800",
  accent: "bg-violet-950 text-violet-200 ring-violet-800",
} as const;

export type Tone = keyof typeof tones;

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset",
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
