import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * biome.json fences server-only modules from code that runs in the browser. This writes
 * throwaway files where client code lives and lints them, so a loosened fence fails here.
 */
function lint(path: string, source: string): string {
  writeFileSync(path, source);
  try {
    execFileSync("node_modules/.bin/biome", ["lint", "--max-diagnostics=50", path], {
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (e) {
    const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
    return stdout + stderr;
  } finally {
    rmSync(path, { force: true });
  }
}

const restricted = (output: string) => output.match(/noRestrictedImports/g)?.length ?? 0;
const tag = `${process.pid}-${Date.now()}`;

// Each case runs biome once per file: seconds, not milliseconds, on a busy machine.
describe("import boundaries (biome.json)", { timeout: 60_000 }, () => {
  it("refuses server-only modules in components, client pages and shared pure code", () => {
    const server = [
      "@/lib/docker",
      "@/lib/api/route",
      "@/lib/server/live",
      "@/lib/operations/create-network",
      "@/lib/diagnostics/server/run",
      "@/lib/auth/tokens",
      "@/lib/audit/log",
      "@/lib/env",
      "@/lib/live/model",
      "node:fs",
    ];
    const source = server.map((m, i) => `import * as m${i} from "${m}";\n`).join("");
    const used = `export const all = [${server.map((_, i) => `m${i}`).join(", ")}];\n`;
    for (const path of [
      `components/zz-boundary-${tag}.tsx`,
      `app/zz-boundary-${tag}-client.tsx`,
      `lib/query/zz-boundary-${tag}.ts`,
      `lib/net/zz-boundary-${tag}.ts`,
    ]) {
      expect(restricted(lint(path, source + used)), path).toBe(server.length);
    }
  });

  it("lets client code import the shared pure modules, and server code import anything", () => {
    const shared = `import { ROLES } from "@/lib/auth/roles";\nimport type { AuditEntry } from "@/lib/audit/types";\nimport { findNetwork } from "@/lib/topology/lookups";\nexport const all: unknown[] = [ROLES, findNetwork, null as AuditEntry | null];\n`;
    expect(restricted(lint(`components/zz-boundary-${tag}.tsx`, shared))).toBe(0);
    const server = `import { createNetwork } from "@/lib/operations/create-network";\nexport const all = [createNetwork];\n`;
    expect(restricted(lint(`app/api/zz-boundary-${tag}.ts`, server))).toBe(0);
  });
});
