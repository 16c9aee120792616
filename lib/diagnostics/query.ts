import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import type { DiagnosticsResponse } from "./finding";

export const diagnosticsQueryKey = ["diagnostics"] as const;

/** `GET /api/diagnostics`: rules and the firewall probe; re-checked on demand. */
export const diagnosticsQuery = queryOptions({
  queryKey: diagnosticsQueryKey,
  queryFn: ({ signal }) => fetchJson<DiagnosticsResponse>("/api/diagnostics", { signal }),
  staleTime: 30_000,
});
