"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { messages } from "@/lib/messages";

const m = messages();

const LINKS = [
  { href: "/networks", label: m.nav.networks },
  { href: "/ingress", label: m.nav.ingress },
  { href: "/gwbridge", label: m.nav.gwbridge },
  { href: "/services", label: m.nav.services },
  { href: "/nodes", label: m.nav.nodes },
  { href: "/swarm", label: m.nav.swarm },
  { href: "/diagnostics", label: m.nav.diagnostics },
] as const;

const ADMIN_LINKS = [
  { href: "/connectivity", label: m.nav.connectivity },
  { href: "/audit", label: m.nav.audit },
] as const;

export function Nav({ admin }: { admin: boolean }) {
  const pathname = usePathname();
  const links = admin ? [...LINKS, ...ADMIN_LINKS] : LINKS;
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
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
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
