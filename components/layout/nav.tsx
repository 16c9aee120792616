"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";

const LINKS = [
  { href: "/networks", key: "networks" },
  { href: "/ingress", key: "ingress" },
  { href: "/gwbridge", key: "gwbridge" },
  { href: "/services", key: "services" },
  { href: "/nodes", key: "nodes" },
  { href: "/swarm", key: "swarm" },
  { href: "/diagnostics", key: "diagnostics" },
] as const;

const ADMIN_LINKS = [
  { href: "/connectivity", key: "connectivity" },
  { href: "/audit", key: "audit" },
] as const;

export function Nav({ admin }: { admin: boolean }) {
  const m = useMessages();
  const pathname = usePathname();
  const links = admin ? [...LINKS, ...ADMIN_LINKS] : LINKS;
  return (
    <nav aria-label={m.nav.label} className="flex flex-col gap-1">
      {links.map((l) => {
        const active = pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded px-3 py-2 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-500",
              active
                ? "bg-slate-800 text-white"
                : "text-slate-300 hover:bg-slate-800/60 hover:text-white",
            )}
          >
            {m.nav[l.key]}
          </Link>
        );
      })}
    </nav>
  );
}
