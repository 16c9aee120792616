import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { NetworksClient } from "./networks-client";

export const dynamic = "force-dynamic";

export default function NetworksPage() {
  return (
    <SnapshotBoundary>
      <NetworksClient />
    </SnapshotBoundary>
  );
}
