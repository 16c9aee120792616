import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { dockerHost } from "@/lib/docker";
import { isAppError } from "@/lib/errors";
import { queryKeys } from "@/lib/query/snapshot";
import { forSession } from "@/lib/security/hidden";
import { readSnapshot } from "@/lib/server/live";
import { snapshotForSession } from "@/lib/server/snapshot-response";
import { DockerUnavailable } from "./docker-unavailable";

/**
 * Server side of every dashboard page: builds the snapshot once, hands it to the
 * client cache (no loading flash), or explains that Docker cannot be reached. Viewers get it
 * redacted like every API answer (lib/security/redact.ts).
 */
export async function SnapshotBoundary({ children }: { children: ReactNode }) {
  const client = new QueryClient();
  try {
    client.setQueryData(queryKeys.snapshot, await snapshotForSession(await readSnapshot()));
  } catch (e) {
    if (isAppError(e) && e.code === "unavailable") {
      return (
        <DockerUnavailable {...(await forSession({ host: dockerHost(), reason: e.message }))} />
      );
    }
    throw e;
  }
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
