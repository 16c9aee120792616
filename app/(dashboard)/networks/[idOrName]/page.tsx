import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { NetworkDetailClient } from "./network-detail-client";

export const dynamic = "force-dynamic";

export default async function NetworkDetailPage({
  params,
}: {
  params: Promise<{ idOrName: string }>;
}) {
  const { idOrName } = await params;
  return (
    <SnapshotBoundary>
      <NetworkDetailClient idOrName={decodeURIComponent(idOrName)} />
    </SnapshotBoundary>
  );
}
