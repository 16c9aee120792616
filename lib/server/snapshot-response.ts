import "server-only";
import type { Role } from "@/lib/auth/roles";
import { serverSession } from "@/lib/auth/server-session";
import type { Snapshot } from "@/lib/model/snapshot";
import { forRole } from "@/lib/security/hidden";

/**
 * The snapshot as each role may see it, and its JSON, built once per model
 * revision: the live model hands every reader the same object until it
 * changes, so fifty walls loading at once cost one redaction and one
 * JSON.stringify (a few MB at 1,000 services), not fifty. Viewers get it
 * redacted (secret-looking label values, engine addresses) like every other
 * answer of the route wrapper.
 */
type Views = { snapshot: Map<Role | null, Snapshot>; json: Map<Role | null, Uint8Array> };

const views = new WeakMap<Snapshot, Views>();

function viewsOf(snapshot: Snapshot): Views {
  let v = views.get(snapshot);
  if (!v) {
    v = { snapshot: new Map(), json: new Map() };
    views.set(snapshot, v);
  }
  return v;
}

export function snapshotForRole(snapshot: Snapshot, role: Role | null): Snapshot {
  if (role === "admin") return snapshot;
  const v = viewsOf(snapshot);
  let redacted = v.snapshot.get(role);
  if (!redacted) {
    redacted = forRole(snapshot, role);
    v.snapshot.set(role, redacted);
  }
  return redacted;
}

/** For server components: the snapshot as the signed-in user may see it. */
export async function snapshotForSession(snapshot: Snapshot): Promise<Snapshot> {
  return snapshotForRole(snapshot, (await serverSession())?.role ?? null);
}

const encoder = new TextEncoder();

/** The JSON body, UTF-8 encoded once (a response from a string would encode it per request). */
export function snapshotJson(snapshot: Snapshot, role: Role | null): Uint8Array {
  const v = viewsOf(snapshot);
  let json = v.json.get(role);
  if (json === undefined) {
    json = encoder.encode(JSON.stringify(snapshotForRole(snapshot, role)));
    v.json.set(role, json);
  }
  return json;
}

export function snapshotResponse(snapshot: Snapshot, role: Role | null): Response {
  return new Response(snapshotJson(snapshot, role) as BodyInit, {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
