import { type APIRequestContext, expect, test } from "@playwright/test";
import { docker, inspect, runCliLine, uniqueName } from "./docker";
import {
  createService,
  exists,
  networkId,
  randomPort,
  removeNetwork,
  removeService,
  serviceSpec,
  serviceState,
  specPorts,
} from "./ops-support";
import { asAdmin } from "./support";

// The operations' error cases over HTTP, each checking Docker's state did not change, and a
// few returned `cli` lines run against the engine to prove they do what the API did.

const post = (request: APIRequestContext, url: string, data: unknown) =>
  request.post(url, { headers: asAdmin, data });
const put = (request: APIRequestContext, url: string, data: unknown) =>
  request.put(url, { headers: asAdmin, data });

type RawNetwork = {
  Id: string;
  Driver: string;
  Scope: string;
  Attachable: boolean;
  Internal: boolean;
  Ingress: boolean;
  EnableIPv6: boolean;
  Options: Record<string, string>;
  Labels: Record<string, string>;
  IPAM: { Driver: string; Config: unknown[] };
};

/** What a create request decides; the VXLAN id is allocated per network, so it is left out. */
const comparable = (n: RawNetwork) => ({
  Driver: n.Driver,
  Scope: n.Scope,
  Attachable: n.Attachable,
  Internal: n.Internal,
  Ingress: n.Ingress,
  EnableIPv6: n.EnableIPv6,
  Options: Object.fromEntries(
    Object.entries(n.Options ?? {}).filter(([key]) => !key.endsWith(".vxlanid_list")),
  ),
  Labels: n.Labels,
  IPAM: n.IPAM,
});

test.describe("POST /api/networks refusals", () => {
  test("invalid CIDR → 400 with the field, nothing created", async ({ request }) => {
    const name = uniqueName("ops-api-cidr");
    const res = await post(request, "/api/networks", {
      name,
      ipam: [{ subnet: "10.300.0.0/16" }, { subnet: "10.41.0.1/24", gateway: "10.42.0.1" }],
    });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("invalid");
    const fields = body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["ipam.0.subnet", "ipam.1.subnet"]));
    expect(exists("network", name)).toBe(false);
  });

  test("overlap with an existing network → 409 naming it, nothing created", async ({ request }) => {
    const name = uniqueName("ops-api-overlap");
    const res = await post(request, "/api/networks", { name, ipam: [{ subnet: "10.20.0.0/16" }] });
    expect(res.status()).toBe(409);
    const body = await res.json();
    expect(body.error.message).toContain("overlaps 10.20.0.0/24 of network demo-secure");
    expect(body.error.details).toEqual([
      { field: "ipam.0.subnet", message: expect.stringContaining("demo-secure") },
    ]);
    expect(exists("network", name)).toBe(false);
  });

  test("name taken → 409, the existing network untouched", async ({ request }) => {
    const before = inspect<RawNetwork>("network", "demo-secure");
    const res = await post(request, "/api/networks", { name: "demo-secure", attachable: true });
    expect(res.status()).toBe(409);
    expect((await res.json()).error.message).toContain(
      'A network named "demo-secure" already exists',
    );
    expect(inspect<RawNetwork>("network", "demo-secure")).toEqual(before);
  });

  test("a second ingress → 409, the ingress untouched", async ({ request }) => {
    const name = uniqueName("ops-api-ingress");
    const ingressBefore = inspect<RawNetwork>("network", "ingress");
    const res = await post(request, "/api/networks", { name, ingress: true });
    expect(res.status()).toBe(409);
    const body = await res.json();
    expect(body.error.message).toContain("Only one ingress network can exist");
    expect(body.error.details).toEqual([{ field: "ingress", message: expect.any(String) }]);
    expect(exists("network", name)).toBe(false);
    expect(inspect<RawNetwork>("network", "ingress").Id).toBe(ingressBefore.Id);
  });

  test("null and extra fields → 400 naming each field, nothing created", async ({ request }) => {
    const name = uniqueName("ops-api-body");
    const res = await post(request, "/api/networks", {
      name,
      mtu: null,
      attachable: null,
      driver: "bridge",
    });
    expect(res.status()).toBe(400);
    const details = (await res.json()).error.details as { field: string; message: string }[];
    expect(details.map((d) => d.field).sort()).toEqual(["attachable", "driver", "mtu"]);
    expect(details.find((d) => d.field === "driver")?.message).toBe('unknown field "driver"');
    expect(exists("network", name)).toBe(false);
  });
});

test("DELETE a network in use → 409 listing its users, nothing removed", async ({ request }) => {
  const before = inspect<RawNetwork>("network", "demo-frontend");
  const res = await request.delete("/api/networks/demo-frontend", { headers: asAdmin });
  expect(res.status()).toBe(409);
  const body = await res.json();
  expect(body.error.message).toContain('The network "demo-frontend" is in use by services');
  expect(body.error.details.services).toEqual(expect.arrayContaining(["web", "resolver"]));
  expect(inspect<RawNetwork>("network", "demo-frontend").Id).toBe(before.Id);

  const system = await request.delete("/api/networks/docker_gwbridge", { headers: asAdmin });
  expect(system.status()).toBe(409);
  expect(exists("network", "docker_gwbridge")).toBe(true);
});

test.describe("service updates", () => {
  test("dnsrr with ingress ports → 409 with the fix, the service untouched", async ({
    request,
  }) => {
    test.setTimeout(300_000);
    const name = uniqueName("ops-api-dnsrr");
    const port = randomPort();
    createService(name, ["--publish", `${port}:80`]);
    try {
      const before = serviceSpec(name);
      const res = await put(request, `/api/services/${name}/endpoint-mode`, {
        version: before.Version.Index,
        mode: "dnsrr",
      });
      expect(res.status()).toBe(409);
      const body = await res.json();
      expect(body.error.message).toContain(
        "port published with ingress mode can't be used with dnsrr mode",
      );
      expect(body.error.message).toContain("convertIngressPortsToHost");
      expect(body.error.details).toEqual([
        { field: "mode", message: expect.stringContaining(`${port}:80`) },
      ]);
      expect(serviceState(name)).toEqual({ Spec: before.Spec, Version: before.Version });
    } finally {
      removeService(name);
    }
  });

  test("stale version: two edits with the same version → one 200, the other 409 with details.current", async ({
    request,
  }) => {
    const name = uniqueName("ops-api-stale");
    const [a, b] = [randomPort(), randomPort() + 1];
    createService(name);
    try {
      const version = serviceSpec(name).Version.Index;
      const edit = (port: number) =>
        put(request, `/api/services/${name}/ports`, {
          version,
          ports: [{ published: port, target: 80, protocol: "tcp", mode: "host" }],
        });
      const first = await edit(a);
      expect(first.status()).toBe(200);
      const updated = await first.json();
      expect(updated.version).toBeGreaterThan(version);
      expect(updated.cli).toBe(
        `docker service update --publish-add published=${a},target=80,protocol=tcp,mode=host ${name}`,
      );
      const second = await edit(b);
      expect(second.status()).toBe(409);
      const body = await second.json();
      expect(body.error.code).toBe("conflict");
      // Swarm may bump the version again after the update (allocation), hence "at least".
      expect(body.error.details.current.version).toBeGreaterThanOrEqual(updated.version);
      expect(body.error.details.current).toMatchObject({
        name,
        ports: [{ published: a, target: 80, protocol: "tcp", mode: "host" }],
      });
      // The first edit stands; the stale one changed nothing.
      expect(specPorts(name)).toEqual([`${a}:80/tcp/host`]);
      expect(serviceSpec(name).Version.Index).toBeGreaterThanOrEqual(updated.version);

      // Truly concurrent: the same version twice at once, exactly one wins.
      const now = serviceSpec(name).Version.Index;
      const [r1, r2] = await Promise.all(
        [a + 2, a + 3].map((port) =>
          put(request, `/api/services/${name}/ports`, {
            version: now,
            ports: [{ published: port, target: 80, protocol: "tcp", mode: "host" }],
          }),
        ),
      );
      expect([r1?.status(), r2?.status()].sort()).toEqual([200, 409]);
      const loser = r1?.status() === 409 ? r1 : r2;
      const lost = loser ? await loser.json() : null;
      expect(lost?.error.details.current.version).toBeGreaterThan(now);
    } finally {
      removeService(name);
    }
  });

  test("bad ports bodies → 400 per field (null, extra, port 0), the service untouched", async ({
    request,
  }) => {
    const name = uniqueName("ops-api-ports400");
    createService(name);
    try {
      const before = serviceSpec(name);
      const version = before.Version.Index;
      const cases: [unknown, string[]][] = [
        [{ version, ports: null }, ["ports"]],
        [{ version, ports: [], force: true }, ["force"]],
        [{ version, publish: ["0:80", "8080:80/icmp"] }, ["publish.0", "publish.1"]],
        [{ version: null, ports: [] }, ["version"]],
      ];
      for (const [data, fields] of cases) {
        const res = await put(request, `/api/services/${name}/ports`, data);
        expect(res.status(), JSON.stringify(data)).toBe(400);
        const details = (await res.json()).error.details as { field: string }[];
        expect(details.map((d) => d.field).sort()).toEqual(fields);
      }
      expect(serviceState(name)).toEqual({ Spec: before.Spec, Version: before.Version });
    } finally {
      removeService(name);
    }
  });
});

test.describe("returned CLI lines do what the API did", () => {
  test("docker network create", async ({ request }) => {
    const name = uniqueName("ops-api-cli-net");
    const third = 100 + Math.floor(Math.random() * 150);
    try {
      const res = await post(request, "/api/networks", {
        name,
        attachable: true,
        internal: true,
        mtu: 1350,
        ipam: [
          {
            subnet: `10.214.${third}.0/24`,
            gateway: `10.214.${third}.1`,
            ipRange: `10.214.${third}.128/25`,
          },
        ],
        labels: { team: "ops", note: "two words" },
      });
      expect(res.status()).toBe(201);
      const created = await res.json();
      expect(created.cli).toContain("--label 'note=two words'");
      const viaApi = comparable(inspect<RawNetwork>("network", name));
      docker(["network", "rm", name]);
      runCliLine(created.cli);
      // Right after a create the manager may answer before the options are filled in (seen once:
      // Options null), so the comparison waits for the network to settle.
      await expect.poll(() => comparable(inspect<RawNetwork>("network", name))).toEqual(viaApi);
    } finally {
      removeNetwork(name);
    }
  });

  test("docker service update --publish-rm/--publish-add and --network-add", async ({
    request,
  }) => {
    const viaApi = uniqueName("ops-api-cli-a");
    const viaCli = uniqueName("ops-api-cli-b");
    const [a, b, c] = [randomPort(), randomPort() + 1, randomPort() + 2];
    // No replicas: both services publish the same host ports, which one node cannot run twice,
    // and the CLI waits for the update to converge.
    const initial = [
      "--replicas",
      "0",
      "--publish",
      `published=${a},target=80,mode=host`,
      "--publish",
      `published=${b},target=81,protocol=udp,mode=host`,
    ];
    createService(viaApi, initial);
    createService(viaCli, initial);
    try {
      const res = await put(request, `/api/services/${viaApi}/ports`, {
        version: serviceSpec(viaApi).Version.Index,
        ports: [
          { published: a + 5, target: 80, protocol: "tcp", mode: "host" },
          { published: c, target: 82, protocol: "sctp", mode: "host" },
          { published: b, target: 81, protocol: "udp", mode: "host" },
        ],
      });
      expect(res.status()).toBe(200);
      const { cli } = await res.json();
      runCliLine(cli.split(viaApi).join(viaCli));
      expect(specPorts(viaCli)).toEqual(specPorts(viaApi));
      expect(specPorts(viaApi)).toHaveLength(3);

      const attach = await post(request, `/api/services/${viaApi}/networks`, {
        version: serviceSpec(viaApi).Version.Index,
        network: "demo-tools",
        aliases: ["alpha", "beta.internal"],
      });
      expect(attach.status()).toBe(200);
      const attached = await attach.json();
      runCliLine(attached.cli.split(viaApi).join(viaCli));
      expect(serviceSpec(viaCli).Spec.TaskTemplate.Networks).toEqual(
        serviceSpec(viaApi).Spec.TaskTemplate.Networks,
      );
      expect(serviceSpec(viaApi).Spec.TaskTemplate.Networks).toEqual([
        { Target: networkId("demo-tools"), Aliases: ["alpha", "beta.internal"] },
      ]);

      const detach = await request.delete(
        `/api/services/${viaApi}/networks/demo-tools?version=${serviceSpec(viaApi).Version.Index}`,
        { headers: asAdmin },
      );
      expect(detach.status()).toBe(200);
      runCliLine((await detach.json()).cli.split(viaApi).join(viaCli));
      expect(serviceSpec(viaCli).Spec.TaskTemplate.Networks ?? []).toEqual([]);
      expect(serviceSpec(viaApi).Spec.TaskTemplate.Networks ?? []).toEqual([]);
    } finally {
      removeService(viaApi);
      removeService(viaCli);
    }
  });
});
