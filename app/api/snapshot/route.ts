import { route } from "@/lib/api/route";
import { readSnapshot } from "@/lib/server/live";
import { snapshotResponse } from "@/lib/server/snapshot-response";

export const dynamic = "force-dynamic";

/** From the live model (no Docker call while its events stream is live), serialised once per revision. */
export const GET = route({ operation: "snapshot.read", access: "viewer" }, async ({ role }) =>
  snapshotResponse(await readSnapshot(), role),
);
