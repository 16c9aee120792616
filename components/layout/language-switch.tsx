"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { cn } from "@/lib/cn";
import { LOCALE_NAMES, LOCALE_PARAM, LOCALES } from "@/lib/i18n/locales";
import { useLocale, useMessages } from "@/lib/i18n/provider";

/**
 * English | Español as plain links to the same page with `?lang=`: the proxy remembers the
 * choice in a cookie and comes back without the parameter. Links work by keyboard and
 * without JavaScript, and a full load also refetches every text the API wrote.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const m = useMessages();
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <nav aria-label={m.language.label} className={cn("text-sm", className)}>
      <ul className="flex gap-1">
        {LOCALES.map((l) => {
          const params = new URLSearchParams(search.toString());
          params.set(LOCALE_PARAM, l);
          const current = l === locale;
          return (
            <li key={l}>
              <a
                href={`${pathname}?${params.toString()}`}
                lang={l}
                hrefLang={l}
                aria-current={current ? "true" : undefined}
                className={cn(
                  "rounded px-2 py-1 outline-none focus-visible:ring-2 focus-visible:ring-sky-500",
                  current
                    ? "bg-slate-800 font-semibold text-white"
                    : "text-slate-300 underline-offset-2 hover:text-white hover:underline",
                )}
              >
                {LOCALE_NAMES[l]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
