"use client";

import { messages } from "@/lib/messages";
import { fetchJson } from "@/lib/query/fetch-json";

const m = messages();

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        await fetchJson("/api/auth/logout", { method: "POST" });
        window.location.assign("/login");
      }}
      className="rounded px-3 py-1.5 text-left text-sm text-slate-300 hover:bg-slate-800 hover:text-white"
    >
      {m.auth.logout}
    </button>
  );
}
