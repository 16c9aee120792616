"use client";

import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useMessages } from "@/lib/i18n/provider";

/** A row count for a card's header or a filter bar: "12", or "3 of 12" when filtered. */
export function Count({ n, total }: { n: number; total?: number }) {
  const m = useMessages();
  const locale = useLocale();
  const count = formatNumber(n, locale);
  return (
    <span className="text-xs tabular-nums text-slate-400">
      {total === undefined ? count : `${count} ${m.common.of} ${formatNumber(total, locale)}`}
    </span>
  );
}
