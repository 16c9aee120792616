"use client";

import { useMessages } from "@/lib/i18n/provider";

/** A row count for a card's header or a filter bar: "12", or "3 of 12" when filtered. */
export function Count({ n, total }: { n: number; total?: number }) {
  const m = useMessages();
  return (
    <span className="text-xs tabular-nums text-slate-400">
      {total === undefined ? `${n}` : `${n} ${m.common.of} ${total}`}
    </span>
  );
}
