"use client";

import {
  type RefObject,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { useSnapshot } from "@/components/docker/use-snapshot";
import { useLiveStatus } from "@/components/live/live-provider";
import { clockTime, LiveStatus } from "@/components/live/live-status";
import { cn } from "@/lib/cn";
import { defaultContext, runRules } from "@/lib/diagnostics";
import { withLocale } from "@/lib/i18n/current";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { WALL_THEMES } from "./theme";
import { attentionItems, type HeldAttention, holdAttention } from "./wall-attention";
import { WallCardSlice } from "./wall-card";
import { AttentionStrip, Banner, WallSummaryLine } from "./wall-header";
import { buildWall } from "./wall-model";
import { isFiltered, type WallOptions } from "./wall-options";
import {
  DEFAULT_LAYOUT,
  layoutFor,
  pagePeriod,
  paginate,
  WALL_FONT,
  type WallLayout,
} from "./wall-pages";

const noSubscription = () => () => {};
/** False during the server render and hydration, true after: local times only on the client. */
const useMounted = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/** Columns and lines that fit the page body, measured (and re-measured on resize). */
function useMeasuredLayout(body: RefObject<HTMLElement | null>): WallLayout {
  const [layout, setLayout] = useState(DEFAULT_LAYOUT);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const measure = () => {
      const fontPx = Number.parseFloat(getComputedStyle(el).fontSize);
      const next = layoutFor(el.clientWidth, el.clientHeight, fontPx);
      setLayout((prev) => (prev.columns === next.columns && prev.rows === next.rows ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [body]);
  return layout;
}

/**
 * Diagnostics, from the pure rules over the snapshot already here: no Docker call. The rules
 * take ~30 ms at 300 services, so they run on a deferred copy: a change reaches the cards
 * first, the findings follow in the next render.
 */
function useFindings(data: Snapshot | undefined) {
  const deferred = useDeferredValue(data);
  const locale = useLocale();
  return useMemo(
    () =>
      deferred ? withLocale(locale, () => runRules(deferred, defaultContext(new Date()))) : [],
    [deferred, locale],
  );
}

/**
 * The kiosk page: read-only, legible from across the room, the whole topology in turns
 * (pages of overlay cards), problems pinned on every page, live, and honest when it is not.
 * Turning a page re-renders one page from data already in the browser: no fetch.
 */
export function WallClient({ options }: { options: WallOptions }) {
  const m = useMessages();
  const w = m.wall;
  const locale = useLocale();
  const { data, error } = useSnapshot();
  const live = useLiveStatus();
  const mounted = useMounted();
  const body = useRef<HTMLElement>(null);
  const layout = useMeasuredLayout(body);
  const [tick, setTick] = useState(0);

  const filtered = isFiltered(options);
  const wall = useMemo(
    () =>
      data
        ? buildWall(data, {
            stacks: options.stacks,
            networks: options.networks,
            services: options.services,
          })
        : null,
    [data, options.stacks, options.networks, options.services],
  );
  const findings = useFindings(data);
  // Recomputed on every page turn too, so a held problem expires even when nothing changes.
  const held = useRef<HeldAttention>(new Map());
  const attention = useMemo(() => {
    if (!data || !wall || tick < 0) return [];
    const result = withLocale(locale, () =>
      holdAttention(
        held.current,
        attentionItems(data, wall.services, findings, filtered),
        Date.now(),
      ),
    );
    held.current = result.held;
    return result.items;
  }, [data, wall, findings, filtered, tick, locale]);
  const pages = useMemo(() => paginate(wall?.cards ?? [], layout), [wall, layout]);
  const period = pagePeriod(pages.length, options.period);

  useEffect(() => {
    const timer = setInterval(() => setTick((p) => p + 1), period * 1000);
    return () => clearInterval(timer);
  }, [period]);

  const index = tick % pages.length;
  const page = pages[index] ?? pages[0];
  const t = WALL_THEMES[options.theme];
  const asOf = data && mounted ? clockTime(Date.parse(data.fetchedAt), locale) : null;
  const notLive = live.display === "reconnecting" || live.display === "down";
  const bannerState =
    live.display === "down" || (error && !data) ? "down" : notLive ? "reconnecting" : null;

  return (
    <main
      aria-label={w.label}
      // The dashboard's light theme (app/globals.css) stays off on the kiosk page.
      data-kiosk
      data-theme={options.theme}
      className={cn(
        "fixed inset-0 flex flex-col gap-[0.4em] overflow-hidden p-[0.7em] leading-tight",
        t.root,
      )}
      style={{ fontSize: WALL_FONT }}
    >
      <header className="flex items-center justify-between gap-[1em]">
        <div className="flex min-w-0 flex-wrap items-center gap-x-[1em] gap-y-[0.2em]">
          <h1 className="truncate text-[1.4em] font-black tracking-tight">
            {m.app.name} · {w.title}
          </h1>
          {wall ? <WallSummaryLine summary={wall.summary} t={t} /> : null}
          {filtered ? (
            <span className={cn("rounded-[0.2em] border px-[0.3em]", t.mark)}>
              {w.filtered}: {describeFilters(options)}
            </span>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-col items-end">
          <LiveStatus size="lg" />
          <span className={t.muted} data-fetched-at={data?.fetchedAt}>
            {w.dataAsOf} <span className="font-mono font-semibold">{asOf ?? "—"}</span>
            {" · "}
            <span data-page={index + 1} data-pages={pages.length} data-period={period}>
              {w.page} {index + 1} {w.of} {pages.length}
            </span>
          </span>
        </div>
      </header>

      {bannerState ? <Banner state={bannerState} asOf={asOf} noData={!data} /> : null}

      {wall ? (
        <AttentionStrip items={attention} columns={layout.columns} page={index} t={t} />
      ) : null}

      <section
        ref={body}
        aria-label={w.title}
        className={cn(
          "grid min-h-0 flex-1 gap-x-[0.8em] overflow-hidden transition-opacity",
          bannerState === "down" && "opacity-40 grayscale",
        )}
        style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}
      >
        {wall && wall.cards.length === 0 ? <p className={t.muted}>{w.noData}</p> : null}
        {wall && page
          ? page.columns.map((column, i) => (
              // Columns are positions on the screen: their index is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <div key={i} className="flex min-w-0 flex-col">
                {column.map((slice) => (
                  <WallCardSlice key={slice.key} slice={slice} t={t} />
                ))}
              </div>
            ))
          : null}
      </section>
    </main>
  );
}

function describeFilters(o: WallOptions): string {
  return [
    o.stacks ? `stack ${o.stacks.join(", ")}` : null,
    o.networks ? `network ${o.networks.join(", ")}` : null,
    o.services ? `service ${o.services.join(", ")}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
