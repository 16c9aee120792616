import Link from "next/link";
import type { ReactNode } from "react";
import { Nav } from "@/components/layout/nav";
import { messages } from "@/lib/messages";

const m = messages();

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 flex h-screen w-52 shrink-0 flex-col gap-6 border-r border-slate-800 bg-slate-900 p-4">
        <Link href="/networks" className="block">
          <span className="text-lg font-bold tracking-tight text-white">{m.app.name}</span>
          <span className="block text-xs text-slate-400">{m.app.tagline}</span>
        </Link>
        <Nav />
      </aside>
      <main className="min-w-0 flex-1 p-6">{children}</main>
    </div>
  );
}
