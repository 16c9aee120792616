import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

import type { AuditEntry } from "./types";

export type { AuditEntry };

export const auditPath = () => path.resolve(getEnv().SWARMNET_AUDIT_LOG);

// Appends are serialised so concurrent mutations never interleave partial lines.
let queue: Promise<void> = Promise.resolve();

export function audit(entry: AuditEntry): Promise<void> {
  queue = queue
    .then(async () => {
      const file = auditPath();
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    })
    .catch((e) => console.error("[swarmnet] audit log write failed:", (e as Error).message));
  return queue;
}

/** The latest entries, newest first. */
export async function latestAudit(limit = 200): Promise<AuditEntry[]> {
  let text: string;
  try {
    text = await fs.readFile(auditPath(), "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter(Boolean)
    .slice(-limit)
    .reverse()
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as AuditEntry];
      } catch {
        return [];
      }
    });
}
