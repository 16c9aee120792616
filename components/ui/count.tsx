/** A row count for a card's header: long tables say how much there is before scrolling. */
export function Count({ n, total }: { n: number; total?: number }) {
  return (
    <span className="text-xs tabular-nums text-slate-400">
      {total !== undefined && total !== n ? `${n} / ${total}` : n}
    </span>
  );
}
