import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { LogoutButton } from "@/components/auth/logout-button";
import { SessionProvider } from "@/components/auth/session-context";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { Nav } from "@/components/layout/nav";
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
      <div className="flex min-h-screen">
        <aside className="sticky top-0 flex h-screen w-52 shrink-0 flex-col gap-6 border-r border-slate-800 bg-slate-900 p-4">
          <Link href="/networks" className="block">
            <span className="text-lg font-bold tracking-tight text-white">{m.app.name}</span>
            <span className="block text-xs text-slate-400">{m.app.tagline}</span>
          </Link>
          <Nav admin={session.role === "admin"} />
          <div className="mt-auto flex flex-col gap-2 text-sm">
            <LiveStatus />
            <span className="flex items-center gap-2 text-slate-400">
              <Badge tone={session.role === "admin" ? "accent" : "neutral"}>
                {m.auth.role[session.role]}
              </Badge>
              {session.readOnly ? <Badge tone="warn">{m.auth.readOnlyBadge}</Badge> : null}
            </span>
            <LogoutButton />
            <LanguageSwitch />
          </div>
        </aside>
        <main className="min-w-0 flex-1 p-6">
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
