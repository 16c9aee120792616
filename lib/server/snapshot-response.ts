import "server-only";
import type { Role } from "@/lib/auth/roles";
import type { Snapshot } from "@/lib/model/snapshot";

/**
 * The JSON of a snapshot, serialised once per model revision and role: the
 * live model hands every reader the same object until it changes, so fifty
 * walls loading at once cost one JSON.stringify, not fifty (a few MB at
 * 1,000 services).
 */
const serialised = new WeakMap<Snapshot, Map<Role, string>>();

export function snapshotJson(snapshot: Snapshot, role: Role): string {
  let byRole = serialised.get(snapshot);
  if (!byRole) {
    byRole = new Map();
    serialised.set(snapshot, byRole);
  }
  let json = byRole.get(role);
  if (json === undefined) {
    json = JSON.stringify(snapshot);
    byRole.set(role, json);
  }
  return json;
}

export function snapshotResponse(snapshot: Snapshot, role: Role): Response {
  return new Response(snapshotJson(snapshot, role), {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
