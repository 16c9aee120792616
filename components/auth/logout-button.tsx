"use client";

import { useMessages } from "@/lib/i18n/provider";
import { fetchJson } from "@/lib/query/fetch-json";

export function LogoutButton() {
  const m = useMessages();
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
