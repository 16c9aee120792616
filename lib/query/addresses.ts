import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { AddressMapResponse } from "@/lib/addresses/response";
import { fetchJson } from "./fetch-json";

/**
 * `GET /api/networks/:idOrName/addresses`, keyed by the live model's revision: each change
 * the model sees reads the map again, and the previous one stays on screen meanwhile.
 */
export const addressesQuery = (idOrName: string, revision: number) =>
  queryOptions({
    queryKey: ["network-addresses", idOrName, revision] as const,
    queryFn: ({ signal }) =>
      fetchJson<AddressMapResponse>(`/api/networks/${encodeURIComponent(idOrName)}/addresses`, {
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
