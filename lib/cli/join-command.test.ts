import { describe, expect, it } from "vitest";
import { parseJoinCommand } from "./join-command";

const TOKEN =
  "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx";

describe("parseJoinCommand", () => {
  it.each([
    [`docker swarm join --token ${TOKEN} 192.168.1.36:2377`],
    [`docker swarm join --token ${TOKEN} manager-1.example.com:2377`],
    [`docker swarm join --token ${TOKEN} [fd00::1]:2377`],
    [`docker swarm join --advertise-addr fd00::2 --token ${TOKEN} [fd00::1]:2377`],
    [`docker swarm join --advertise-addr eth0 --data-path-addr 10.0.1.5 --token ${TOKEN} m1:2377`],
    [`docker swarm join --token=${TOKEN} --listen-addr 0.0.0.0:2377 10.0.0.1:2377`],
    [`  docker  swarm join   --token ${TOKEN}   10.0.0.1:2377  `],
  ])("accepts %s", (text) => {
    const result = parseJoinCommand(text);
    expect(result.ok).toBe(true);
  });

  it("rebuilds the line from what it checked", () => {
    expect(parseJoinCommand(`  docker  swarm join --token=${TOKEN}   10.0.0.1:2377 `)).toEqual({
      ok: true,
      command: `docker swarm join --token ${TOKEN} 10.0.0.1:2377`,
    });
  });

  it.each([
    [`docker swarm join --token ${TOKEN} 10.0.0.1:2377 > /etc/hosts`, "exactly one manager"],
    [`docker swarm join --token ${TOKEN} 10.0.0.1:2377 >/etc/hosts`, "exactly one manager"],
    [`docker swarm join --token ${TOKEN} >/etc/hosts`, "not a manager address"],
    [`docker swarm join --token ${TOKEN} 10.0.0.1:2377; reboot`, "exactly one manager"],
    [`docker swarm join --token ${TOKEN} 10.0.0.1:2377 && rm -rf /`, "exactly one manager"],
    [`docker swarm join --token ${TOKEN} $(id):2377`, "not a manager address"],
    [`docker swarm join --token ${TOKEN} \`id\`:2377`, "not a manager address"],
    [`docker swarm join --token ${TOKEN} 10.0.0.1:2377\nreboot`, "one line"],
    [`docker swarm join --token ${TOKEN} 10.0.0.1`, "not a manager address"],
    [`docker swarm join --token ${TOKEN} 10.0.0.1:99999`, "not a manager address"],
    // Unbracketed, the last group belongs to the address: no port, so no manager address.
    [`docker swarm join --token ${TOKEN} fd00::1:2377`, "not a manager address"],
    [`docker swarm join --token ${TOKEN} [manager-1]:2377`, "not a manager address"],
    ["docker swarm join --token notatoken 10.0.0.1:2377", "--token must be"],
    ["docker swarm join --token SWMTKN-1-a_b 10.0.0.1:2377", "--token must be"],
    ["docker swarm join 10.0.0.1:2377", "needs --token"],
    [`docker swarm join --token ${TOKEN} --token ${TOKEN} 10.0.0.1:2377`, "twice"],
    [`docker swarm join --token ${TOKEN} --config /etc/x 10.0.0.1:2377`, "not allowed"],
    [`docker swarm join --token ${TOKEN} --advertise-addr a|b 10.0.0.1:2377`, "--advertise-addr"],
    [`docker swarm init --token ${TOKEN} 10.0.0.1:2377`, "must start with"],
    [`sudo docker swarm join --token ${TOKEN} 10.0.0.1:2377`, "must start with"],
    [`docker swarm join --token ${TOKEN} 'x':2377`, "not a manager address"],
  ])("refuses %j", (text, message) => {
    const result = parseJoinCommand(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
