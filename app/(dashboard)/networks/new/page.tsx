import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { CreateNetworkClient } from "./create-network-client";

export const dynamic = "force-dynamic";

export default function CreateNetworkPage() {
  return (
    <SnapshotBoundary>
      <CreateNetworkClient />
    </SnapshotBoundary>
  );
}
