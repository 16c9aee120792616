import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { SwarmClient } from "./swarm-client";

export const dynamic = "force-dynamic";

export default function SwarmPage() {
  return (
    <SnapshotBoundary>
      <SwarmClient />
    </SnapshotBoundary>
  );
}
