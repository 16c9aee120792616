"use client";

import { cn } from "@/lib/cn";
import { formatClock } from "@/lib/i18n/format";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import type { DisplayState } from "@/lib/live/client-state";
import { useLiveStatus } from "./live-provider";

const tones: Record<DisplayState, { dot: string; text: string }> = {
  connecting: { dot: "bg-slate-400", text: "text-slate-300" },
  live: { dot: "bg-emerald-400", text: "text-emerald-300" },
  reconnecting: { dot: "bg-amber-400 animate-pulse", text: "text-amber-300" },
  down: { dot: "bg-rose-500", text: "text-rose-300" },
};

/** Local wall-clock time, hh:mm:ss (client-only values, so no hydration mismatch). */
export const clockTime = formatClock;

/**
 * The live indicator: "Live", "Reconnecting… · stale since 14:02:11", "Offline · stale since …".
 * `size="lg"` for the wall.
 */
export function LiveStatus({ size = "sm", className }: { size?: "sm" | "lg"; className?: string }) {
  const m = useMessages();
  const locale = useLocale();
  const status = useLiveStatus();
  const tone = tones[status.display];
  const stale = status.display !== "live" && status.staleSince !== null;
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={m.live.statusLabel}
      data-live-state={status.display}
      title={m.live.hint[status.display]}
      className={cn(
        "inline-flex items-center gap-2 font-medium",
        size === "lg" ? "text-[1em]" : "text-xs",
        tone.text,
        className,
      )}
    >
      <span
        aria-hidden
        className={cn(
          "inline-block shrink-0 rounded-full",
          size === "lg" ? "size-[0.7em]" : "size-2",
          tone.dot,
        )}
      />
      <span>{m.live.states[status.display]}</span>
      {stale ? (
        <span className="whitespace-nowrap opacity-90">
          · {m.live.staleSince} {clockTime(status.staleSince as number, locale)}
        </span>
      ) : null}
    </div>
  );
}
