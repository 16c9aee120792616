import { describe, expect, it } from "vitest";
import type { WallCard, WallCardHead, WallEntry } from "./wall-model";
import {
  COLUMN_MIN_EM,
  DEFAULT_LAYOUT,
  HEAD_ROWS,
  layoutFor,
  pagePeriod,
  paginate,
  ROW_EM,
} from "./wall-pages";

const head = (key: string): WallCardHead => ({
  key,
  kind: "overlay",
  title: key,
  stack: null,
  subnets: [],
  marks: [],
});
const entry = (key: string): WallEntry => ({
  key,
  name: key,
  badge: "1/1",
  alarm: false,
  detail: "10.0.0.2",
  tone: "vip",
});
const card = (key: string, n: number): WallCard => ({
  head: head(key),
  entries: Array.from({ length: n }, (_, i) => entry(`${key}/${i}`)),
});

/** Lines a column uses: a header per slice, one line per entry (or one for an empty card). */
const used = (column: { entries: unknown[] }[]) =>
  column.reduce((sum, s) => sum + HEAD_ROWS + Math.max(1, s.entries.length), 0);

describe("paginate", () => {
  it("fills columns top to bottom, then pages of N columns, each line once, in order", () => {
    const cards = [card("a", 5), card("b", 0), card("c", 30), card("d", 3)];
    const pages = paginate(cards, { columns: 2, rows: 12 });
    const columns = pages.flatMap((p) => p.columns);
    for (const col of columns) expect(used(col)).toBeLessThanOrEqual(12);
    const keys = columns.flatMap((col) => col.flatMap((s) => s.entries.map((e) => e.key)));
    expect(keys).toEqual(cards.flatMap((c) => c.entries.map((e) => e.key)));
    expect(pages.every((p) => p.columns.length <= 2)).toBe(true);
    // Every card's header appears, the empty one included.
    expect(new Set(columns.flat().map((s) => s.head.key))).toEqual(new Set(["a", "b", "c", "d"]));
  });

  it("continues a long card under its header again, marked continued", () => {
    const pages = paginate([card("big", 25)], { columns: 3, rows: 10 });
    const slices = pages.flatMap((p) => p.columns.flat());
    expect(slices.map((s) => [s.entries.length, s.continued, s.total])).toEqual([
      [8, false, 25],
      [8, true, 25],
      [8, true, 25],
      [1, true, 25],
    ]);
    expect(pages).toHaveLength(2);
    expect(new Set(slices.map((s) => s.key)).size).toBe(slices.length);
  });

  it("never leaves a header alone at the bottom of a column", () => {
    const pages = paginate([card("a", 7), card("b", 2)], { columns: 2, rows: 11 });
    const [first, second] = pages[0]?.columns ?? [];
    expect(first?.map((s) => s.head.key)).toEqual(["a"]);
    expect(second?.map((s) => s.head.key)).toEqual(["b"]);
  });

  it("gives one empty page when there is nothing", () => {
    expect(paginate([], DEFAULT_LAYOUT)).toEqual([{ columns: [[]] }]);
  });

  it("fits 300 services on 100 overlays into a two-minute cycle on a 1080p layout", () => {
    const cards = [
      card("ingress", 20),
      ...Array.from({ length: 100 }, (_, i) => card(`n${i}`, i < 15 ? 4 : 4)),
    ];
    const layout = layoutFor(1895, 800, 18);
    const pages = paginate(cards, layout);
    expect(pages.length * pagePeriod(pages.length, null)).toBeLessThanOrEqual(120);
  });
});

describe("layoutFor", () => {
  it("counts columns and lines in the wall's em, the same at every 16:9 size", () => {
    const hd = layoutFor(1895, 800, 18);
    expect(hd).toEqual({
      columns: Math.floor(1895 / (COLUMN_MIN_EM * 18)),
      rows: Math.floor(800 / (ROW_EM * 18)),
    });
    expect(layoutFor(1895 * 2, 800 * 2, 36)).toEqual(hd);
  });

  it("keeps a usable minimum and ignores a body not laid out yet", () => {
    expect(layoutFor(100, 20, 18)).toEqual({ columns: 1, rows: HEAD_ROWS + 1 });
    expect(layoutFor(0, 0, 18)).toEqual(DEFAULT_LAYOUT);
  });
});

describe("pagePeriod", () => {
  it("uses ?period= when given, else 15 s, shorter when a cycle would pass 2 minutes", () => {
    expect(pagePeriod(20, 4)).toBe(4);
    expect(pagePeriod(1, null)).toBe(15);
    expect(pagePeriod(8, null)).toBe(15);
    expect(pagePeriod(10, null)).toBe(12);
    expect(pagePeriod(10, null) * 10).toBeLessThanOrEqual(120);
    expect(pagePeriod(100, null)).toBe(6);
  });
});
