"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";

/**
 * The dashboard's side bar. From the md breakpoint up it is a fixed column; below it (phones)
 * it is a top bar whose menu button shows or hides `children` (navigation, live status, role,
 * sign-out). `status` (the live indicator) stays in sight in both. The menu closes after a
 * navigation and on Escape (focus back on the button).
 */
export function Sidebar({
  brand,
  status,
  children,
}: {
  brand: ReactNode;
  status: ReactNode;
  children: ReactNode;
}) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the point of a new path
  useEffect(() => setOpen(false), [pathname]);
  return (
    <aside
      className="z-20 flex flex-col gap-4 border-b border-slate-800 bg-slate-900 p-3 md:sticky md:top-0 md:h-screen md:w-52 md:shrink-0 md:gap-6 md:border-r md:border-b-0 md:p-4"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 md:flex-col md:items-start">
        {brand}
        <div className="ml-auto md:ml-0">{status}</div>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
          className="inline-flex items-center gap-2 rounded border border-slate-700 px-3 py-1.5 text-sm font-medium text-slate-100 outline-none hover:bg-slate-800 focus-visible:ring-2 focus-visible:ring-sky-500 md:hidden"
        >
          <MenuIcon open={open} />
          {open ? m.nav.closeMenu : m.nav.openMenu}
        </button>
      </div>
      <div id={menuId} className={cn("flex-1 flex-col gap-6 md:flex", open ? "flex" : "hidden")}>
        {children}
      </div>
    </aside>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor">
      {open ? (
        <path strokeWidth="2" strokeLinecap="round" d="M5 5l10 10M15 5L5 15" />
      ) : (
        <path strokeWidth="2" strokeLinecap="round" d="M3 5h14M3 10h14M3 15h14" />
      )}
    </svg>
  );
}
