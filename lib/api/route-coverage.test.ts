import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every route handler must be built by route() (lib/api/route.ts), which is
 * where authentication, roles, read-only mode and the audit log live. A handler
 * written by hand, or a new public route, fails here.
 */
const API_DIR = path.resolve(__dirname, "../../app/api");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const PUBLIC_OPERATIONS = new Set(["health", "auth.login", "auth.logout"]);
const READ = new Set(["GET", "HEAD", "OPTIONS"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(e.name) ? [full] : [];
  });
}

type Wrapped = { access?: string; operation?: string };

describe("every API route goes through the route wrapper", () => {
  const files = routeFiles(API_DIR);

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    const rel = path.relative(API_DIR, file);
    it(`${rel}: each handler has an access level and an operation name`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const handlers = METHODS.filter((m) => m in mod);
      expect(handlers.length, "exports no HTTP handler").toBeGreaterThan(0);
      for (const method of handlers) {
        const h = mod[method] as Wrapped;
        expect(["public", "viewer", "admin"], `${method} not wrapped by route()`).toContain(
          h.access,
        );
        expect(h.operation, `${method} has no operation name`).toMatch(/^[a-z][a-z.-]+$/);
        if (h.access === "public") {
          expect(PUBLIC_OPERATIONS.has(h.operation as string), `${method} ${rel} is public`).toBe(
            true,
          );
        }
        if (!READ.has(method) && h.operation !== "auth.login" && h.operation !== "auth.logout") {
          expect(h.access, `${method} ${rel} changes state: admin only`).toBe("admin");
        }
      }
    });
  }
});
