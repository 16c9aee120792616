/**
 * Paging for the wall: cards flow down columns, columns fill pages, a card too long for
 * what is left of a column continues in the next one under its header again. Every line
 * has the same height (ROW_EM), so what fits is arithmetic on the measured screen, not a
 * trial render. Pure; tested beside it.
 */
import type { WallCard, WallCardHead, WallEntry } from "./wall-model";

/** Height of one line, in the wall's em (its CSS uses the same constants). */
export const ROW_EM = 1.6;
/** A card's header takes two lines: name, then subnet and flags. */
export const HEAD_ROWS = 2;
/** Narrowest column: a service name, its replicas and a VIP side by side at full size. */
export const COLUMN_MIN_EM = 24;
/** The wall's type: 18 px at 1920 wide, 36 px at 3840; never under 12 px in a small window. */
export const WALL_FONT = "max(12px, 0.9375vw)";
/** Seconds per page by default, and the longest a whole cycle should take by default. */
export const DEFAULT_PERIOD = 15;
export const TARGET_CYCLE = 120;
const MIN_DEFAULT_PERIOD = 6;

export type WallLayout = { columns: number; rows: number };

/** A 16:9 screen before anything is measured (the server render and the first paint). */
export const DEFAULT_LAYOUT: WallLayout = { columns: 4, rows: 26 };

/** What fits in a body of `width`×`height` CSS px with the wall's font at `fontPx`. */
export function layoutFor(width: number, height: number, fontPx: number): WallLayout {
  if (!(width > 0 && height > 0 && fontPx > 0)) return DEFAULT_LAYOUT;
  return {
    columns: Math.max(1, Math.floor(width / (COLUMN_MIN_EM * fontPx))),
    rows: Math.max(HEAD_ROWS + 1, Math.floor(height / (ROW_EM * fontPx))),
  };
}

export type CardSlice = {
  key: string;
  head: WallCardHead;
  /** The card's whole length (the slice may hold only part of it). */
  total: number;
  entries: WallEntry[];
  continued: boolean;
};

export type WallPage = { columns: CardSlice[][] };

/** Cards into columns of `rows` lines, columns into pages of `columns`; never an empty page. */
export function paginate(cards: readonly WallCard[], layout: WallLayout): WallPage[] {
  const columns: CardSlice[][] = [];
  let column: CardSlice[] = [];
  let left = layout.rows;
  const nextColumn = () => {
    columns.push(column);
    column = [];
    left = layout.rows;
  };
  for (const card of cards) {
    const lines = Math.max(1, card.entries.length); // an empty card says so in one line
    let start = 0;
    while (start < lines) {
      // A header needs at least one line under it: a header alone goes to the next column.
      if (left < HEAD_ROWS + 1 && column.length > 0) nextColumn();
      const room = Math.max(1, left - HEAD_ROWS);
      const end = Math.min(lines, start + room);
      column.push({
        key: `${card.head.key}@${start}`,
        head: card.head,
        total: card.entries.length,
        entries: card.entries.slice(start, end),
        continued: start > 0,
      });
      left -= HEAD_ROWS + (end - start);
      start = end;
      if (start < lines) nextColumn();
    }
  }
  if (column.length > 0 || columns.length === 0) columns.push(column);
  const pages: WallPage[] = [];
  for (let i = 0; i < columns.length; i += layout.columns) {
    pages.push({ columns: columns.slice(i, i + layout.columns) });
  }
  return pages;
}

/**
 * Seconds per page: `?period=` when given; otherwise 15 s, shortened when there are so many
 * pages that a cycle would pass two minutes (never under 6 s, still readable).
 */
export function pagePeriod(pages: number, requested: number | null): number {
  if (requested) return requested;
  if (pages * DEFAULT_PERIOD <= TARGET_CYCLE) return DEFAULT_PERIOD;
  return Math.max(MIN_DEFAULT_PERIOD, Math.floor(TARGET_CYCLE / pages));
}
