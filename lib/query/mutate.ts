import type { QueryClient } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./snapshot";

/** What every mutation route answers besides its object: the CLI line and warnings. */
export type MutationResult = { cli: string; warnings?: string[] };

export function sendJson<T>(method: "POST" | "PUT" | "DELETE", url: string, body?: unknown) {
  return fetchJson<T & MutationResult>(url, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** After a change: the snapshot (every page) and any network detail may be stale. */
export async function invalidateAfterMutation(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.snapshot }),
    client.invalidateQueries({ queryKey: [queryKeys.network("")[0]] }),
  ]);
}
