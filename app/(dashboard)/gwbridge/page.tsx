import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { GwbridgeClient } from "./gwbridge-client";

export const dynamic = "force-dynamic";

export default function GwbridgePage() {
  return (
    <SnapshotBoundary>
      <GwbridgeClient />
    </SnapshotBoundary>
  );
}
