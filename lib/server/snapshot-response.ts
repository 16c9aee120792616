import "server-only";
import type { Role } from "@/lib/auth/roles";
import type { Snapshot } from "@/lib/model/snapshot";
import { forRole } from "@/lib/security/hidden";

/**
 * The JSON of a snapshot, serialised once per model revision and role: the
 * live model hands every reader the same object until it changes, so fifty
 * walls loading at once cost one JSON.stringify, not fifty (a few MB at
 * 1,000 services). Viewers get it redacted (secret-looking label values, engine
 * addresses), like every other answer of the route wrapper.
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
    json = JSON.stringify(role === "admin" ? snapshot : forRole(snapshot, role));
    byRole.set(role, json);
  }
  return json;
}

export function snapshotResponse(snapshot: Snapshot, role: Role): Response {
  return new Response(snapshotJson(snapshot, role), {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
