import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { SESSION_MAX_AGE_S } from "./roles";

/**
 * Sessions ended by logout, until they would have expired anyway. Kept in a small file so a
 * restart does not bring a logged-out cookie back (a copied cookie must die with the logout),
 * and in memory on globalThis, shared by the proxy and the route handlers.
 * Only a valid, signed session can be revoked, so the list grows only with real logouts.
 */
export class RevocationList {
  private readonly ids = new Map<string, number>(); // id → expiry (unix seconds)
  private loaded = false;

  constructor(private readonly file: string | null) {}

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    if (!this.file) return;
    try {
      const saved = JSON.parse(readFileSync(this.file, "utf8")) as Record<string, number>;
      for (const [id, expires] of Object.entries(saved)) this.ids.set(id, expires);
    } catch {
      // No file yet, or unreadable: nothing revoked that we know of.
    }
  }

  revoke(id: string, issued: number, now = Date.now()): void {
    this.load();
    const nowS = Math.floor(now / 1000);
    for (const [k, expires] of this.ids) if (expires <= nowS) this.ids.delete(k);
    this.ids.set(id, issued + SESSION_MAX_AGE_S);
    if (!this.file) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify(Object.fromEntries(this.ids)), { mode: 0o600 });
    } catch (e) {
      console.error("[swarmnet] could not save the revoked sessions:", (e as Error).message);
    }
  }

  isRevoked(id: string): boolean {
    this.load();
    return this.ids.has(id);
  }
}

/** Beside the audit log and named after it, so servers with their own logs keep their own lists. */
function defaultFile(): string {
  const audit = path.resolve(getEnv().SWARMNET_AUDIT_LOG);
  return path.join(
    path.dirname(audit),
    `${path.basename(audit, path.extname(audit))}.revoked-sessions.json`,
  );
}

const g = globalThis as unknown as { swarmnetRevoked?: RevocationList };
export function revokedSessions(): RevocationList {
  if (!g.swarmnetRevoked) g.swarmnetRevoked = new RevocationList(defaultFile());
  return g.swarmnetRevoked;
}
