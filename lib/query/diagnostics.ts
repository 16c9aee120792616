import { queryOptions } from "@tanstack/react-query";
import type { DiagnosticsResponse } from "@/lib/diagnostics/finding";
import { fetchJson } from "@/lib/query/fetch-json";

export const diagnosticsQueryKey = ["diagnostics"] as const;

/** `GET /api/diagnostics`: rules and the firewall probe; re-checked on demand. */
export const diagnosticsQuery = queryOptions({
  queryKey: diagnosticsQueryKey,
  queryFn: ({ signal }) => fetchJson<DiagnosticsResponse>("/api/diagnostics", { signal }),
  staleTime: 30_000,
});
