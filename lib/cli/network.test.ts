import { describe, expect, it } from "vitest";
import { networkCreateCli, networkRemoveCli, overlayCreate } from "@/lib/cli/network";

describe("networkCreateCli", () => {
  it("renders the minimal overlay", () => {
    expect(networkCreateCli({ name: "my-overlay" })).toBe(
      "docker network create --driver overlay my-overlay",
    );
  });

  it("renders flags in a fixed order", () => {
    expect(
      networkCreateCli({
        name: "my-attachable-multi-host-network",
        encrypted: true,
        attachable: true,
        internal: true,
      }),
    ).toBe(
      "docker network create --driver overlay --attachable --internal --opt encrypted my-attachable-multi-host-network",
    );
  });

  it("renders the custom ingress from the notes", () => {
    expect(
      networkCreateCli({
        name: "my-ingress",
        ingress: true,
        mtu: 1200,
        ipam: [{ subnet: "10.11.0.0/16", gateway: "10.11.0.2" }],
      }),
    ).toBe(
      "docker network create --driver overlay --ingress --subnet 10.11.0.0/16 --gateway 10.11.0.2 --opt com.docker.network.driver.mtu=1200 my-ingress",
    );
  });

  it("renders every IPAM config, IPv6 enabled when needed, and quoted labels", () => {
    expect(
      networkCreateCli({
        name: "dual",
        ipam: [
          { subnet: "10.20.0.0/16", ipRange: "10.20.1.0/24" },
          { subnet: "fd00:20::/64", gateway: "fd00:20::1" },
        ],
        labels: { team: "ops", note: "it's ours" },
      }),
    ).toBe(
      "docker network create --driver overlay --ipv6 --subnet 10.20.0.0/16 --ip-range 10.20.1.0/24 --subnet fd00:20::/64 --gateway fd00:20::1 --label team=ops --label 'note=it'\\''s ours' dual",
    );
  });
});

describe("overlayCreate", () => {
  it("builds the Docker request from the same input as the CLI line", () => {
    const { request, argv } = overlayCreate({
      name: "dual",
      attachable: true,
      encrypted: true,
      mtu: 1400,
      ipam: [
        { subnet: "10.20.0.0/16", ipRange: "10.20.1.0/24" },
        { subnet: "fd00:20::/64", gateway: "fd00:20::1" },
      ],
      labels: { team: "ops" },
    });
    expect(request).toEqual({
      Name: "dual",
      Driver: "overlay",
      CheckDuplicate: true,
      Attachable: true,
      Internal: false,
      Ingress: false,
      EnableIPv6: true,
      Options: { encrypted: "", "com.docker.network.driver.mtu": "1400" },
      Labels: { team: "ops" },
      IPAM: {
        Driver: "default",
        Config: [
          { Subnet: "10.20.0.0/16", IPRange: "10.20.1.0/24" },
          { Subnet: "fd00:20::/64", Gateway: "fd00:20::1" },
        ],
      },
    });
    // Every option sent is on the line, as `--opt key[=value]`.
    for (const [key, value] of Object.entries(request.Options)) {
      expect(argv).toContain(value === "" ? key : `${key}=${value}`);
    }
  });

  it("leaves IPv6 off and the lists empty for a plain overlay", () => {
    const { request } = overlayCreate({ name: "plain" });
    expect(request).toMatchObject({ EnableIPv6: false, Options: {}, Labels: {} });
    expect(request.IPAM.Config).toEqual([]);
  });
});

describe("networkRemoveCli", () => {
  it("renders docker network rm", () => {
    expect(networkRemoveCli("demo-frontend")).toBe("docker network rm demo-frontend");
  });
});
