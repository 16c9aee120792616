import { describe, expect, it } from "vitest";
import type { Port } from "@/lib/model/port";
import { fixtureService } from "@/test/fixtures/snapshot";
import { endpointUpdate, networkAttach, networkDetach } from "./service-update";

const web80: Port = { published: 8080, target: 80, protocol: "tcp", mode: "ingress" };
const host80: Port = { published: 8080, target: 80, protocol: "tcp", mode: "host" };

describe("endpointUpdate", () => {
  it("replaces the ports in the spec and renders the same change as a CLI line", () => {
    const update = endpointUpdate("web", { ports: [host80] });
    expect(update.endpoint?.({ Mode: "vip", Ports: [] })).toEqual({
      Mode: "vip",
      Ports: [{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "host" }],
    });
    const before = fixtureService({ name: "web", ports: [web80] });
    expect(update.cli(before)).toBe(
      "docker service update --publish-rm target=80,protocol=tcp,mode=ingress --publish-add published=8080,target=80,protocol=tcp,mode=host web",
    );
  });

  it("switches the mode, keeping the current ports unless given", () => {
    const update = endpointUpdate("web", { mode: "dnsrr" });
    const ports = [{ Protocol: "tcp", TargetPort: 80, PublishMode: "host" }];
    expect(update.endpoint?.({ Mode: "vip", Ports: ports })).toEqual({
      Mode: "dnsrr",
      Ports: ports,
    });
    expect(update.cli(fixtureService({ name: "web" }))).toBe(
      "docker service update --endpoint-mode dnsrr web",
    );
  });

  it("says so when the ports do not change", () => {
    const update = endpointUpdate("web", { ports: [web80] });
    expect(update.cli(fixtureService({ name: "web", ports: [web80] }))).toBe(
      "# no change to web's ports",
    );
  });
});

describe("networkAttach / networkDetach", () => {
  const back = { id: "id-back", name: "back" };

  it("adds the attachment with its aliases, keeping the others", () => {
    const update = networkAttach("api", back, ["db"]);
    expect(update.networks?.([{ Target: "id-front" }])).toEqual([
      { Target: "id-front" },
      { Target: "id-back", Aliases: ["db"] },
    ]);
    expect(update.cli(fixtureService({ name: "api" }))).toBe(
      "docker service update --network-add name=back,alias=db api",
    );
  });

  it("removes only that attachment", () => {
    const update = networkDetach("api", back);
    expect(update.networks?.([{ Target: "id-front" }, { Target: "id-back" }])).toEqual([
      { Target: "id-front" },
    ]);
    expect(update.cli(fixtureService({ name: "api" }))).toBe(
      "docker service update --network-rm back api",
    );
  });
});
