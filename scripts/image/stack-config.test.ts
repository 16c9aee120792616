import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * deploy/stack.yml, validated by `docker stack config` (the compose schema, interpolation)
 * where the docker CLI has it: Docker 23+. Debian 12's docker.io (20.10) has no
 * `stack config`; there the e2e's `docker stack deploy` (e2e/deploy.spec.ts) parses and
 * validates the same file with the same schema, and the checks below read the file itself.
 */
const FILE = "deploy/stack.yml";

function cliWithStackConfig(): string | undefined {
  for (const cli of ["docker", "/usr/local/bin/docker", "/usr/bin/docker"]) {
    try {
      execFileSync(cli, ["stack", "config", "--help"], { stdio: "ignore" });
      return cli;
    } catch {
      // not installed, or too old for `stack config`
    }
  }
  return undefined;
}
const CLI = cliWithStackConfig();

/** One top-level service's block of the file (up to the next key at its indentation). */
function block(text: string, header: string, indent: string): string {
  const start = text.indexOf(`\n${indent}${header}:\n`);
  expect(start, `${header} in ${FILE}`).toBeGreaterThan(-1);
  const rest = text.slice(start + 1);
  const next = rest.slice(1).search(new RegExp(`\\n${indent}[a-z]`));
  return next === -1 ? rest : rest.slice(0, next + 1);
}

describe.skipIf(!CLI)("docker stack config", () => {
  it("accepts the file and interpolates the published port, images and socket", () => {
    const out = execFileSync(CLI as string, ["stack", "config", "-c", FILE], {
      encoding: "utf8",
      env: {
        ...process.env,
        SWARMNET_PORT: "9443",
        SWARMNET_IMAGE: "registry.example/swarmnet:1.2",
        SWARMNET_DOCKER_SOCKET: "/run/user/1000/docker.sock",
      },
    });
    expect(out).toContain("published: 9443");
    expect(out).toContain("image: registry.example/swarmnet:1.2");
    expect(out).toContain("source: /run/user/1000/docker.sock");
    expect(out).toContain("SWARMNET_NODE_ID: '{{.Node.ID}}'");
  });
});

describe(FILE, () => {
  const text = readFileSync(FILE, "utf8");
  const services = block(text, "services", "");
  const swarmnet = block(services, "swarmnet", "  ");
  const proxy = block(services, "proxy", "  ");

  it("runs both on every manager, and only there", () => {
    for (const s of [swarmnet, proxy]) {
      expect(s).toMatch(/mode: global/);
      expect(s).toMatch(/- node\.role == manager/);
    }
  });

  it("gives only the proxy the Docker socket, read-only, and publishes nothing of it", () => {
    expect(swarmnet).not.toMatch(/docker\.sock/);
    expect(proxy).toMatch(/target: \/var\/run\/docker\.sock\n\s+read_only: true/);
    expect(proxy).not.toMatch(/ports:/);
    expect(proxy).toMatch(/networks:\n\s+- docker-api\n/);
    expect(block(text, "networks", "")).toMatch(
      /docker-api:\n\s+driver: overlay\n\s+internal: true/,
    );
  });

  it("points swarmnet at its own node's proxy, its secrets and its volume", () => {
    expect(swarmnet).toMatch(/DOCKER_HOST: tcp:\/\/tasks\.proxy:2375/);
    expect(swarmnet).toMatch(/SWARMNET_NODE_ID: "\{\{\.Node\.ID\}\}"/);
    expect(swarmnet).toMatch(/SWARMNET_ADMIN_TOKEN_FILE: \/run\/secrets\/swarmnet_admin_token/);
    expect(swarmnet).toMatch(/SWARMNET_VIEWER_TOKEN_FILE: \/run\/secrets\/swarmnet_viewer_token/);
    expect(swarmnet).toMatch(/- audit:\/data/);
    expect(swarmnet).toMatch(/published: \$\{SWARMNET_PORT:-8080\}/);
  });
});
