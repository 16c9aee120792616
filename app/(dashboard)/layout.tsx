import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { LogoutButton } from "@/components/auth/logout-button";
import { SessionProvider } from "@/components/auth/session-context";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { Nav } from "@/components/layout/nav";
import { Sidebar } from "@/components/layout/sidebar";
import { LiveStatus } from "@/components/live/live-status";
import { Badge } from "@/components/ui/badge";
import { serverSession } from "@/lib/auth/server-session";
import { getMessages } from "@/lib/i18n/server";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const m = await getMessages();
  // The proxy already sent anonymous visitors to /login; this is the belt to its braces.
  const session = await serverSession();
  if (!session) redirect("/login");
  return (
    <SessionProvider session={session}>
      <a
        href="#content"
        className="sr-only z-30 rounded bg-sky-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {m.nav.skipToContent}
      </a>
      <div className="min-h-screen md:flex">
        <Sidebar
          brand={
            <Link
              href="/networks"
              className="block rounded outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            >
              <span className="text-lg font-bold tracking-tight text-white">{m.app.name}</span>
              <span className="block text-xs text-slate-400">{m.app.tagline}</span>
            </Link>
          }
          status={<LiveStatus />}
        >
          <Nav admin={session.role === "admin"} />
          <div className="mt-auto flex flex-col gap-2 text-sm">
            <span className="flex items-center gap-2 text-slate-400">
              <Badge tone={session.role === "admin" ? "accent" : "neutral"}>
                {m.auth.role[session.role]}
              </Badge>
              {session.readOnly ? <Badge tone="warn">{m.auth.readOnlyBadge}</Badge> : null}
            </span>
            <LogoutButton />
            <LanguageSwitch />
          </div>
        </Sidebar>
        <main id="content" tabIndex={-1} className="min-w-0 flex-1 p-3 outline-none sm:p-4 md:p-6">
          {session.readOnly ? (
            <p
              role="status"
              className="mb-4 rounded border border-amber-800 bg-amber-950/60 px-3 py-2 text-sm text-amber-100"
            >
              {m.auth.readOnly}
            </p>
          ) : null}
          {children}
        </main>
      </div>
    </SessionProvider>
  );
}
