import { describe, expect, it } from "vitest";
import {
  endpointModeCli,
  serviceNetworkAddCli,
  serviceNetworkRemoveCli,
  servicePortsCli,
} from "@/lib/cli/service";
import type { Port } from "@/lib/model/port";
import { convertIngressPortsToHost } from "@/lib/ports/endpoint-mode";

const p = (published: number | undefined, target: number, extra: Partial<Port> = {}): Port => ({
  ...(published === undefined ? {} : { published }),
  target,
  protocol: "tcp",
  mode: "ingress",
  ...extra,
});

describe("servicePortsCli", () => {
  it("is null when nothing changes (order does not matter)", () => {
    expect(servicePortsCli("web", [p(8080, 80), p(53, 53)], [p(53, 53), p(8080, 80)])).toBeNull();
  });

  it("adds with the long syntax", () => {
    expect(servicePortsCli("web", [], [p(8080, 80, { protocol: "udp" }), p(undefined, 90)])).toBe(
      "docker service update --publish-add published=8080,target=80,protocol=udp,mode=ingress --publish-add target=90,protocol=tcp,mode=ingress web",
    );
  });

  it("removes by target, protocol and mode", () => {
    expect(servicePortsCli("web", [p(8080, 80), p(9090, 90, { mode: "host" })], [])).toBe(
      "docker service update --publish-rm target=80,protocol=tcp,mode=ingress --publish-rm target=90,protocol=tcp,mode=host web",
    );
  });

  it("changes a published port in one update", () => {
    expect(servicePortsCli("web", [p(8080, 80)], [p(8081, 80)])).toBe(
      "docker service update --publish-rm target=80,protocol=tcp,mode=ingress --publish-add published=8081,target=80,protocol=tcp,mode=ingress web",
    );
  });

  it("re-adds a port removed as collateral in a second update", () => {
    expect(servicePortsCli("web", [p(8080, 80), p(8081, 80)], [p(8081, 80)])).toBe(
      "docker service update --publish-rm target=80,protocol=tcp,mode=ingress web && docker service update --publish-add published=8081,target=80,protocol=tcp,mode=ingress web",
    );
  });

  it("quotes odd service names", () => {
    expect(servicePortsCli("my svc", [], [p(1, 1)])).toBe(
      "docker service update --publish-add published=1,target=1,protocol=tcp,mode=ingress 'my svc'",
    );
  });
});

describe("endpointModeCli", () => {
  it("switches the mode alone", () => {
    expect(endpointModeCli("web", "vip")).toBe("docker service update --endpoint-mode vip web");
  });

  it("converts ingress ports to host in the same update", () => {
    const before = [p(8080, 80), p(9090, 90, { mode: "host" })];
    expect(
      endpointModeCli("web", "dnsrr", { before, after: convertIngressPortsToHost(before) }),
    ).toBe(
      "docker service update --endpoint-mode dnsrr --publish-rm target=80,protocol=tcp,mode=ingress --publish-add published=8080,target=80,protocol=tcp,mode=host web",
    );
  });
});

describe("service network commands", () => {
  it("attaches with and without aliases", () => {
    expect(serviceNetworkAddCli("web", "backend")).toBe(
      "docker service update --network-add backend web",
    );
    expect(serviceNetworkAddCli("web", "backend", ["api", "api.v1"])).toBe(
      "docker service update --network-add name=backend,alias=api,alias=api.v1 web",
    );
  });

  it("detaches", () => {
    expect(serviceNetworkRemoveCli("web", "backend")).toBe(
      "docker service update --network-rm backend web",
    );
  });
});
