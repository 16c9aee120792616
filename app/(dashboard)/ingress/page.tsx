import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { IngressClient } from "./ingress-client";

export const dynamic = "force-dynamic";

export default function IngressPage() {
  return (
    <SnapshotBoundary>
      <IngressClient />
    </SnapshotBoundary>
  );
}
