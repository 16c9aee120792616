import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { PatchMessage } from "@/lib/live/message";
import type { Snapshot } from "@/lib/model/snapshot";
import { fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { queryKeys } from "./snapshot";
import { createSnapshotSync } from "./snapshot-sync";

const web = fixtureService({ name: "web" });
const api = fixtureService({ name: "api" });

/** A client whose snapshot query fetches `server()` (counted), starting at revision 1. */
async function setup(server: () => Snapshot) {
  const client = new QueryClient();
  let fetches = 0;
  await client.fetchQuery({
    queryKey: queryKeys.snapshot,
    queryFn: async () => {
      fetches += 1;
      return server();
    },
  });
  const cached = () => client.getQueryData<Snapshot>(queryKeys.snapshot) as Snapshot;
  return { client, cached, fetches: () => fetches, sync: createSnapshotSync(client) };
}

const patch = (revision: number, services: Snapshot["services"]): PatchMessage => ({
  type: "patch",
  epoch: "e1",
  revision,
  fetchedAt: `t${revision}`,
  changes: { upsert: { services } },
});

describe("createSnapshotSync", () => {
  it("applies the next revision in place, without a request, keeping untouched objects", async () => {
    const start = fixtureSnapshot({ services: [web, api], revision: 1, epoch: "e1" });
    const { cached, fetches, sync } = await setup(() => start);
    const before = cached();
    sync.onPatch(patch(2, [{ ...web, replicas: 4 }]));
    expect(cached().revision).toBe(2);
    expect(cached().services[0]?.replicas).toBe(4);
    expect(cached().services[1]).toBe(before.services[1]);
    expect(fetches()).toBe(1);
    sync.onPatch(patch(2, [{ ...web, replicas: 9 }])); // a repeat: skipped
    expect(cached().services[0]?.replicas).toBe(4);
  });

  it("refetches once on a gap and replays the patches that came meanwhile", async () => {
    let server = fixtureSnapshot({ services: [web], revision: 1, epoch: "e1" });
    const { cached, fetches, sync } = await setup(() => server);
    server = fixtureSnapshot({ services: [{ ...web, replicas: 3 }], revision: 3, epoch: "e1" });
    sync.onPatch(patch(3, [{ ...web, replicas: 3 }])); // 2 was missed
    expect(sync.resyncing).toBe(true);
    sync.onPatch(patch(4, [{ ...web, replicas: 5 }]));
    sync.onPatch(patch(5, [{ ...web, replicas: 6 }]));
    await expect.poll(() => sync.resyncing).toBe(false);
    expect(fetches()).toBe(2);
    expect(cached().revision).toBe(5);
    expect(cached().services[0]?.replicas).toBe(6);
  });

  it("does not refetch in a loop when the refetch comes from another replica than the stream", async () => {
    // Two replicas behind one address: the snapshot from one (epoch A), the stream from the other (B).
    const { cached, fetches, sync } = await setup(() =>
      fixtureSnapshot({ services: [web], revision: 7, epoch: "A" }),
    );
    sync.onPatch({ ...patch(3, [{ ...web, replicas: 2 }]), epoch: "B" });
    await expect.poll(() => sync.resyncing).toBe(false);
    expect(fetches()).toBe(2); // one refetch for the gap, no more
    expect(cached().epoch).toBe("A");
    // The next change from the stream refetches once again: the page stays current.
    sync.onPatch({ ...patch(4, [{ ...web, replicas: 3 }]), epoch: "B" });
    await expect.poll(() => sync.resyncing).toBe(false);
    expect(fetches()).toBe(3);
  });

  it("refetches when a status shows the cache behind the server or from another epoch", async () => {
    const server = fixtureSnapshot({ revision: 7, epoch: "e2" });
    const { fetches, sync, cached } = await setup(() => server);
    sync.onPosition({ epoch: "e2", revision: 7 });
    expect(fetches()).toBe(1);
    sync.onPosition({ epoch: "e2", revision: 9 });
    await expect.poll(() => sync.resyncing).toBe(false);
    expect(fetches()).toBe(2);
    expect(cached().epoch).toBe("e2");
  });
});
