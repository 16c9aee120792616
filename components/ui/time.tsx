/**
 * A timestamp rendered the same on server and client (no locale, UTC), so hydration
 * never disagrees: "2026-11-25 15:51:22 UTC".
 */
export function Time({ iso }: { iso: string }) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return <span>{iso || "—"}</span>;
  const text = `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
