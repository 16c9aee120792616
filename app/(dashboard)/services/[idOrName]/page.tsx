import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { ServiceDetailClient } from "./service-detail-client";

export const dynamic = "force-dynamic";

export default async function ServiceDetailPage({
  params,
}: {
  params: Promise<{ idOrName: string }>;
}) {
  const { idOrName } = await params;
  return (
    <SnapshotBoundary>
      <ServiceDetailClient idOrName={decodeURIComponent(idOrName)} />
    </SnapshotBoundary>
  );
}
