"use client";

import { formatDateTime } from "@/lib/i18n/format";
import { useLocale } from "@/lib/i18n/provider";

/**
 * A timestamp in the page's language, always in UTC with a 24-hour clock so the server's
 * render and the browser's agree: "25 Nov 2026, 15:51:22 UTC" / "25 nov 2026, 15:51:22 UTC".
 */
export function Time({ iso }: { iso: string }) {
  const locale = useLocale();
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return <span>{iso || "—"}</span>;
  return (
    // A browser whose ICU abbreviates a month differently from Node's ("Sep"/"Sept") must not
    // turn that into a hydration error: both texts say the same instant.
    <time dateTime={iso} suppressHydrationWarning>
      {formatDateTime(d, locale)}
    </time>
  );
}
