import { messages } from "@/lib/messages";

const m = messages();

/** A row count for a card's header or a filter bar: "12", or "3 of 12" when filtered. */
export function Count({ n, total }: { n: number; total?: number }) {
  return (
    <span className="text-xs tabular-nums text-slate-400">
      {total === undefined ? `${n}` : `${n} ${m.common.of} ${total}`}
    </span>
  );
}
