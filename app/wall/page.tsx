import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { WallClient } from "@/components/wall/wall-client";
import { parseWallOptions } from "@/components/wall/wall-options";
import { isAppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { queryKeys } from "@/lib/query/snapshot";
import { readSnapshot } from "@/lib/server/live";
import { snapshotForRole } from "@/lib/server/snapshot-response";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getMessages()).wall.label} · swarmnet` };
}

/**
 * The ops-room TV: `/wall?stack=a,b&network=n&service=web-*&period=15&theme=light`
 * (the older `?networks=` and `?rotate=` still work). Prefetches the
 * snapshot like every dashboard page; when Docker is down at first load it
 * still renders (with the "not live" banner) and recovers by itself, since a
 * TV is never touched.
 */
export default async function WallPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const options = parseWallOptions(await searchParams);
  const client = new QueryClient();
  try {
    // The wall is read as a viewer whoever is signed in: it goes on a TV in a shared room.
    client.setQueryData(queryKeys.snapshot, snapshotForRole(await readSnapshot(), "viewer"));
  } catch (e) {
    if (!(isAppError(e) && e.code === "unavailable")) throw e;
  }
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <WallClient options={options} />
    </HydrationBoundary>
  );
}
