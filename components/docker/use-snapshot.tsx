"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { ApiError } from "@/lib/query/fetch-json";
import { snapshotQuery } from "@/lib/query/snapshot";

export function useSnapshot() {
  return useQuery(snapshotQuery);
}

/**
 * Renders `children(snapshot)` once the snapshot is there; while Docker is
 * unreachable after the first render, keeps the last data with a banner.
 */
export function WithSnapshot({ children }: { children: (s: Snapshot) => ReactNode }) {
  const m = useMessages();
  const { data, error } = useSnapshot();
  return (
    <>
      {error ? (
        <p
          role="alert"
          className="mb-4 rounded border border-rose-800 bg-rose-950/60 px-3 py-2 text-sm text-rose-100"
        >
          {error instanceof ApiError && error.code === "unavailable"
            ? error.message
            : `${m.common.refreshFailed} ${error.message}`}
        </p>
      ) : null}
      {data ? children(data) : <p className="text-slate-400">{m.common.loading}</p>}
    </>
  );
}
