import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { ServicesClient } from "./services-client";

export const dynamic = "force-dynamic";

export default function ServicesPage() {
  return (
    <SnapshotBoundary>
      <ServicesClient />
    </SnapshotBoundary>
  );
}
