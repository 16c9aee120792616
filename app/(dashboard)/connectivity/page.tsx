import { Suspense } from "react";
import { SnapshotBoundary } from "@/components/docker/snapshot-boundary.server";
import { ConnectivityClient } from "./connectivity-client";

export const dynamic = "force-dynamic";

export default function ConnectivityPage() {
  return (
    <SnapshotBoundary>
      <Suspense>
        <ConnectivityClient />
      </Suspense>
    </SnapshotBoundary>
  );
}
