import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { NodesClient } from "./nodes-client";

export const dynamic = "force-dynamic";

export default function NodesPage() {
  return (
    <SnapshotBoundary>
      <NodesClient />
    </SnapshotBoundary>
  );
}
