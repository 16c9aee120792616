import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";

export type ProbeCliInput = {
  network: string;
  attachable: boolean;
  target: string;
  port: number;
  addresses: string[];
  /** Hostname to pin the probe to; null: anywhere. */
  node: string | null;
  image: string;
};

/**
 * The same checks by hand. `docker run --network` works only on attachable overlays (and on
 * the node where it runs); otherwise a one-off service does it, as swarmnet's probe does.
 */
export function probeCli(p: ProbeCliInput): string[] {
  const m = t().probe.cli;
  const checks = [
    `nslookup ${p.target}`,
    `nslookup tasks.${p.target}`,
    ...p.addresses.map((ip) => `timeout 3 nc -w 2 ${ip} ${p.port} -e true && echo ${ip} ok`),
  ];
  if (p.attachable) {
    const run = (...command: string[]) =>
      shellJoin(["docker", "run", "--rm", "--network", p.network, p.image, ...command]);
    const on = p.node ? m.onNode(p.node) : "";
    return [
      `${on}${run("nslookup", p.target)}`,
      run("nslookup", `tasks.${p.target}`),
      ...checks.slice(2).map((check) => run("sh", "-c", check)),
    ];
  }
  return [
    m.notAttachable(p.network),
    shellJoin([
      "docker",
      "service",
      "create",
      "--name",
      "netcheck",
      "--detach",
      "--restart-condition",
      "none",
      "--no-resolve-image",
      ...(p.node ? ["--constraint", `node.hostname==${p.node}`] : []),
      "--network",
      p.network,
      p.image,
      "sh",
      "-c",
      checks.join("; "),
    ]),
    "docker service logs netcheck",
    "docker service rm netcheck",
  ];
}
