"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { safeNext } from "@/lib/auth/safe-next";
import { useMessages } from "@/lib/i18n/provider";
import { ApiError, fetchJson } from "@/lib/query/fetch-json";

export function LoginForm({ next, linkError }: { next: string; linkError: string | null }) {
  const m = useMessages();
  const router = useRouter();
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(linkError);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await fetchJson("/api/auth/login", { method: "POST", body: JSON.stringify({ token }) });
      // Checked again here: `next` is the server's, but this is the line that navigates.
      router.replace(safeNext(next));
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : m.auth.failed);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 flex flex-col gap-3">
      <label className="flex flex-col gap-1 text-sm">
        <span>{m.auth.tokenLabel}</span>
        <input
          type="password"
          name="token"
          autoComplete="current-password"
          required
          value={token}
          onChange={(e) => setToken(e.target.value)}
          className="rounded border border-slate-700 bg-slate-950 px-3 py-2 font-mono outline-none focus:border-sky-500"
        />
      </label>
      {error ? (
        <p role="alert" className="text-sm text-rose-300">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-sky-700 px-3 py-2 font-medium text-white outline-none hover:bg-sky-800 focus-visible:ring-2 focus-visible:ring-sky-400 disabled:opacity-60"
      >
        {m.auth.submit}
      </button>
      <p className="text-xs text-slate-400">{m.auth.hint}</p>
    </form>
  );
}
