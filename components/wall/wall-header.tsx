"use client";

import { memo } from "react";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";
import type { WallPalette } from "./theme";
import type { AttentionItem } from "./wall-attention";
import type { WallSummary } from "./wall-model";

/** One count in the header: a word (OK/ALERT) and the numbers, never colour alone. */
function Count({
  ok,
  label,
  value,
  t,
}: {
  ok: boolean;
  label: string;
  value: string;
  t: WallPalette;
}) {
  const w = useMessages().wall;
  return (
    <span
      data-ok={ok}
      className={cn(
        "inline-flex items-baseline gap-[0.35em] rounded-[0.25em] px-[0.45em]",
        ok ? t.panel : t.alarm,
      )}
    >
      <span className={cn("text-[0.9em] font-black", ok && t.good)}>
        {ok ? `✓ ${w.ok}` : `✗ ${w.alert}`}
      </span>
      <span className="font-bold tabular-nums">{value}</span>
      <span>{label}</span>
    </span>
  );
}

export const WallSummaryLine = memo(function WallSummaryLine({
  summary,
  t,
}: {
  summary: WallSummary;
  t: WallPalette;
}) {
  const w = useMessages().wall;
  const s = summary;
  return (
    <p data-summary className="flex flex-wrap items-center gap-[0.5em]">
      <span className="font-bold tabular-nums">
        {s.networks} {w.overlays} · {s.services} {w.services}
      </span>
      <Count
        ok={s.tasksRunning >= s.tasksDesired}
        value={`${s.tasksRunning}/${s.tasksDesired}`}
        label={w.tasksRunning}
        t={t}
      />
      <Count
        ok={s.nodesReady === s.nodes}
        value={`${s.nodesReady}/${s.nodes}`}
        label={w.nodesReady}
        t={t}
      />
    </p>
  );
});

/** Items per strip page; more rotate with the wall's pages (and say how many there are). */
export const STRIP_ROWS = 2;

/**
 * "Needs attention", pinned on every page. With more problems than fit its two lines, the
 * strip turns its own pages in step with the wall's.
 */
export const AttentionStrip = memo(function AttentionStrip({
  items,
  columns,
  page,
  t,
}: {
  items: AttentionItem[];
  columns: number;
  page: number;
  t: WallPalette;
}) {
  const w = useMessages().wall;
  const perPage = Math.max(1, columns * STRIP_ROWS);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const start = (page % pages) * perPage;
  const shown = items.slice(start, start + perPage);
  return (
    <section
      aria-label={w.attention.title}
      data-count={items.length}
      className={cn(
        "rounded-[0.3em] px-[0.5em] py-[0.2em]",
        items.length > 0 ? "border-[0.15em] border-red-500" : t.panel,
      )}
    >
      {items.length === 0 ? (
        <p className={cn("flex h-[1.6em] items-center font-bold", t.good)}>✓ {w.attention.none}</p>
      ) : (
        <>
          <h2 className={cn("flex h-[1.6em] items-center gap-[0.5em] font-black", t.alarmText)}>
            ✗ {w.attention.title} ({items.length})
            {pages > 1 ? (
              <span className={cn("font-semibold", t.muted)}>
                {start + 1}–{start + shown.length} {w.of} {items.length}
              </span>
            ) : null}
          </h2>
          <ul
            className="grid gap-x-[0.8em]"
            style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
          >
            {shown.map((item) => (
              <li
                key={item.key}
                data-subject={item.subject}
                data-severity={item.severity}
                className="flex h-[1.6em] min-w-0 items-center gap-[0.4em]"
              >
                <span
                  className={cn(
                    "shrink-0 rounded-[0.2em] px-[0.3em] text-[0.9em] font-black uppercase",
                    item.severity === "error" ? t.alarm : "bg-amber-400 text-black",
                  )}
                >
                  {item.severity === "error" ? "✗" : "!"}
                </span>
                <span className="max-w-[75%] shrink-0 truncate font-bold">{item.subject}</span>
                {item.text ? (
                  <span className={cn("min-w-0 truncate text-[0.9em]", t.muted)}>{item.text}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});

export function Banner({
  state,
  asOf,
  noData,
}: {
  state: "reconnecting" | "down";
  asOf: string | null;
  noData: boolean;
}) {
  const w = useMessages().wall;
  return (
    <div
      role="alert"
      data-banner={state}
      className={cn(
        "rounded-[0.3em] px-[0.8em] py-[0.4em] text-center font-black",
        state === "down"
          ? "bg-red-700 text-white text-[2.2em]"
          : "bg-amber-400 text-black text-[1.6em]",
      )}
    >
      {w.banner[state]}
      <span className="block text-[0.6em] font-semibold">
        {noData ? w.banner.noData : asOf ? `${w.banner.shownSince} ${asOf}` : null}
      </span>
    </div>
  );
}
