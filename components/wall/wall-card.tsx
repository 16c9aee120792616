"use client";

import { memo } from "react";
import { useRecentlyChanged } from "@/components/live/live-provider";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";
import type { Messages } from "@/lib/messages";
import type { WallPalette } from "./theme";
import type { WallCardHead, WallEntry } from "./wall-model";
import type { CardSlice } from "./wall-pages";

// Every line is exactly ROW_EM (1.6em) high and a header exactly two lines (wall-pages.ts):
// the paging arithmetic relies on it. The smallest type is 0.9em of the wall's font (16.2 px
// at 1920 wide).

const Row = memo(function Row({ entry, t }: { entry: WallEntry; t: WallPalette }) {
  const changed = useRecentlyChanged(entry.name);
  return (
    <li
      data-wall-entry={entry.key}
      data-alarm={entry.alarm || undefined}
      data-changed={changed || undefined}
      className={cn(
        "flex h-[1.6em] min-w-0 items-center gap-[0.45em] px-[0.3em] transition-colors duration-700",
        changed && t.changed,
      )}
    >
      <span
        className={cn(
          "min-w-[3.6em] shrink-0 rounded-[0.2em] px-[0.15em] text-center font-mono text-[0.9em] font-bold tabular-nums leading-[1.45]",
          entry.alarm ? t.alarm : t.good,
        )}
      >
        {entry.alarm ? `✗ ${entry.badge}` : entry.badge}
      </span>
      <span data-service-name className="min-w-[45%] flex-1 truncate text-[1.1em] font-semibold">
        {entry.name}
      </span>
      <span
        className={cn(
          "min-w-0 shrink truncate font-mono text-[0.9em]",
          entry.tone === "ingress" ? cn("text-[1.05em] font-bold", t.ingressText) : "",
          entry.tone === "muted" ? t.muted : "",
        )}
      >
        {entry.detail}
      </span>
    </li>
  );
});

function title(head: WallCardHead, w: Messages["wall"]): string {
  if (head.kind === "nodes") return w.cards.nodes;
  if (head.kind === "detached") return w.cards.detached;
  return head.title || w.cards.published;
}

function Head({
  head,
  total,
  continued,
  t,
}: {
  head: WallCardHead;
  total: number;
  continued: boolean;
  t: WallPalette;
}) {
  const w = useMessages().wall;
  const changed = useRecentlyChanged(head.kind === "overlay" ? head.title : null);
  const ingress = head.kind === "ingress";
  const count =
    head.kind === "nodes"
      ? `${total}`
      : `${total} ${total === 1 ? w.cards.service : w.cards.services}`;
  return (
    <header
      data-changed={changed || undefined}
      className={cn(
        "flex h-[3.2em] flex-col justify-end border-t-[0.15em] px-[0.3em] pb-[0.1em]",
        ingress ? "border-amber-500" : t.line,
        changed && t.changed,
      )}
    >
      <div className="flex h-[1.6em] min-w-0 items-center gap-[0.5em]">
        <h2
          className={cn(
            "min-w-0 flex-1 truncate text-[1.15em] font-black",
            ingress && t.ingressText,
          )}
        >
          {title(head, w)}
          {continued ? (
            <span className={cn("font-semibold", t.muted)}> ({w.cards.continued})</span>
          ) : null}
        </h2>
        {head.stack ? (
          <span
            className={cn(
              "shrink-0 truncate rounded-[0.2em] border px-[0.3em] text-[0.9em]",
              t.mark,
            )}
          >
            {head.stack}
          </span>
        ) : null}
        <span className={cn("shrink-0 text-[0.9em] tabular-nums", t.muted)}>{count}</span>
      </div>
      <div className="flex h-[1.6em] min-w-0 items-center gap-[0.4em] text-[0.9em]">
        {head.subnets.length > 0 ? (
          <span className={cn("truncate font-mono", t.muted)}>{head.subnets.join(", ")}</span>
        ) : null}
        {head.marks.map((mark) => (
          <span
            key={mark}
            className={cn(
              "shrink-0 rounded-[0.2em] border px-[0.3em] font-semibold uppercase leading-[1.3]",
              mark === "ingress"
                ? "border-amber-500 bg-amber-500 text-black"
                : mark === "encrypted"
                  ? "border-violet-400 text-violet-300"
                  : t.mark,
            )}
          >
            {w.marks[mark]}
          </span>
        ))}
      </div>
    </header>
  );
}

const sameEntries = (a: readonly WallEntry[], b: readonly WallEntry[]) =>
  a.length === b.length && a.every((e, i) => e === b[i]);

/**
 * One card, or the part of it that fits a column. Re-renders only when its network, its
 * length or one of its entry objects changed (entries keep identity per unchanged service).
 */
export const WallCardSlice = memo(
  function WallCardSlice({ slice, t }: { slice: CardSlice; t: WallPalette }) {
    const w = useMessages().wall;
    return (
      <section
        aria-label={title(slice.head, w)}
        data-card={slice.head.kind}
        className={cn(slice.head.kind === "ingress" && t.ingress)}
      >
        <Head head={slice.head} total={slice.total} continued={slice.continued} t={t} />
        <ul>
          {slice.entries.length === 0 ? (
            <li className={cn("flex h-[1.6em] items-center px-[0.3em] text-[0.9em]", t.muted)}>
              {w.cards.empty}
            </li>
          ) : (
            slice.entries.map((e) => <Row key={e.key} entry={e} t={t} />)
          )}
        </ul>
      </section>
    );
  },
  (a, b) =>
    a.t === b.t &&
    a.slice.head === b.slice.head &&
    a.slice.total === b.slice.total &&
    a.slice.continued === b.slice.continued &&
    sameEntries(a.slice.entries, b.slice.entries),
);
