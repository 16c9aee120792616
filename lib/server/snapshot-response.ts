import "server-only";
import { gzipSync } from "node:zlib";
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
type Views = {
  snapshot: Map<Role | null, Snapshot>;
  json: Map<Role | null, Uint8Array>;
  gzip: Map<Role | null, Uint8Array>;
};

const views = new WeakMap<Snapshot, Views>();

function viewsOf(snapshot: Snapshot): Views {
  let v = views.get(snapshot);
  if (!v) {
    v = { snapshot: new Map(), json: new Map(), gzip: new Map() };
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

/**
 * Compressed once per revision and role too: the server would otherwise gzip
 * the whole body again for every request that accepts it (most of the time
 * such a request took, at 1,000 services).
 */
function snapshotGzip(snapshot: Snapshot, role: Role | null): Uint8Array {
  const v = viewsOf(snapshot);
  let gz = v.gzip.get(role);
  if (gz === undefined) {
    gz = gzipSync(snapshotJson(snapshot, role));
    v.gzip.set(role, gz);
  }
  return gz;
}

const acceptsGzip = (acceptEncoding: string | null) =>
  !!acceptEncoding &&
  acceptEncoding
    .split(",")
    .some((e) => e.trim().split(";")[0]?.trim().toLowerCase() === "gzip" && !/q=0(\.0*)?$/.test(e));

export function snapshotResponse(
  snapshot: Snapshot,
  role: Role | null,
  acceptEncoding: string | null = null,
): Response {
  const headers = {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    Vary: "Accept-Encoding",
  };
  if (acceptsGzip(acceptEncoding)) {
    return new Response(snapshotGzip(snapshot, role) as BodyInit, {
      headers: { ...headers, "Content-Encoding": "gzip" },
    });
  }
  return new Response(snapshotJson(snapshot, role) as BodyInit, { headers });
}
