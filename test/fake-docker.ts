/**
 * A fake of the Docker port the use cases in lib/operations call (`@/lib/docker`), over an
 * in-memory Snapshot: it records every call and applies writes the way Docker would in
 * outline (version check, spec change, new version), so unit tests can check the
 * orchestration (what is checked before Docker, what is sent, the CLI line, what is synced).
 * Real-engine behaviour stays covered by the e2e suite. Use with:
 *   vi.mock("@/lib/docker", () => fakeDocker.module);
 *   vi.mock("@/lib/server/live", () => fakeDocker.live);
 */
import type { OverlayCreateRequest } from "@/lib/cli/network";
import {
  type EndpointSpecRequest,
  type NetworkAttachmentRequest,
  type ServiceUpdate,
  toRequestPorts,
} from "@/lib/cli/service-update";
import { reshapePort } from "@/lib/docker/reshape";
import { AppError } from "@/lib/errors";
import type { Network } from "@/lib/model/network";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { fixtureNetwork, fixtureSnapshot } from "@/test/fixtures/snapshot";

export type FakeCall =
  | { op: "buildSnapshot" }
  | { op: "createOverlay"; request: OverlayCreateRequest }
  | { op: "removeNetwork"; id: string }
  | { op: "updateService"; id: string; version: number }
  | { op: "syncAfterWrite"; changed: { services?: string[]; networks?: string[] } };

// The same mappings the real adapter uses on the way in and out.
const toSpec = (service: Service): EndpointSpecRequest => ({
  Mode: service.endpointMode,
  Ports: toRequestPorts(service.ports),
});

const fromSpec = (spec: EndpointSpecRequest): Pick<Service, "endpointMode" | "ports"> => ({
  endpointMode: spec.Mode === "dnsrr" ? "dnsrr" : "vip",
  ports: (spec.Ports ?? []).map(reshapePort),
});

export function createFakeDocker() {
  let snapshot: Snapshot = fixtureSnapshot();
  const calls: FakeCall[] = [];
  const named = (s: Snapshot) => new Map(s.networks.map((n) => [n.id, n.name]));

  const module = {
    async buildSnapshot() {
      calls.push({ op: "buildSnapshot" });
      return structuredClone(snapshot);
    },
    async createOverlay(request: OverlayCreateRequest): Promise<Network> {
      calls.push({ op: "createOverlay", request });
      const network = fixtureNetwork({
        name: request.Name,
        attachable: request.Attachable,
        internal: request.Internal,
        ingress: request.Ingress,
        ipam: request.IPAM.Config.map((c) => ({
          subnet: c.Subnet,
          ...(c.Gateway ? { gateway: c.Gateway } : {}),
          ...(c.IPRange ? { ipRange: c.IPRange } : {}),
        })),
        labels: request.Labels,
        options: request.Options,
      });
      snapshot = { ...snapshot, networks: [...snapshot.networks, network] };
      return network;
    },
    async removeNetwork(id: string) {
      calls.push({ op: "removeNetwork", id });
      snapshot = { ...snapshot, networks: snapshot.networks.filter((n) => n.id !== id) };
    },
    async updateService(id: string, version: number, update: ServiceUpdate) {
      calls.push({ op: "updateService", id, version });
      const before = snapshot.services.find((s) => s.id === id);
      if (!before) throw new AppError("not_found", `no service ${id}`);
      if (before.version !== version) {
        throw new AppError("conflict", `stale version ${version}`, { current: before });
      }
      let after: Service = { ...before, version: before.version + 1 };
      if (update.endpoint) after = { ...after, ...fromSpec(update.endpoint(toSpec(before))) };
      if (update.networks) {
        const current: NetworkAttachmentRequest[] = before.networks.map((n) => ({
          Target: n.id,
          ...(n.aliases.length ? { Aliases: n.aliases } : {}),
        }));
        const names = named(snapshot);
        after.networks = update.networks(current).map((a) => ({
          id: a.Target ?? "",
          name: names.get(a.Target ?? "") ?? "",
          aliases: a.Aliases ?? [],
        }));
      }
      snapshot = {
        ...snapshot,
        services: snapshot.services.map((s) => (s.id === id ? after : s)),
      };
      return { before, after, cli: update.cli(before) };
    },
  };

  const live = {
    async syncAfterWrite(changed: { services?: string[]; networks?: string[] }) {
      calls.push({ op: "syncAfterWrite", changed });
    },
  };

  return {
    module,
    live,
    calls,
    /** Replaces the swarm the fake answers with. */
    set(next: Snapshot) {
      snapshot = structuredClone(next);
      calls.length = 0;
    },
    get snapshot() {
      return snapshot;
    },
    /** The write calls made so far (reads left out). */
    writes: () => calls.filter((c) => c.op !== "buildSnapshot"),
  };
}

/** The one fake the mocked modules and the tests share (vi.mock factories import it). */
export const fake = createFakeDocker();
