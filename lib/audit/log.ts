import "server-only";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { capEntry } from "./cap";
import { LineFile } from "./file";
import { RefusalCounter } from "./summary";
import type { AuditEntry } from "./types";

export type { AuditEntry };

export const auditPath = () => path.resolve(getEnv().SWARMNET_AUDIT_LOG);

type AuditState = { file: LineFile; anonymous: RefusalCounter };

/**
 * The file, and with SWARMNET_AUDIT_STDOUT=1 stdout too, prefixed so `docker service logs`
 * can be filtered for it (one replica's file holds only that replica's lines; the service
 * logs hold every replica's).
 */
function append(file: LineFile, line: string): Promise<boolean> {
  if (getEnv().SWARMNET_AUDIT_STDOUT) process.stdout.write(`swarmnet-audit ${line}\n`);
  return file.append(line);
}

/**
 * One per process, on globalThis: the proxy (token links) and the route handlers are
 * separate bundles, and two writers with their own queue and size count would interleave
 * lines and rotate at the wrong time.
 */
function state(): AuditState {
  const g = globalThis as unknown as { swarmnetAudit?: AuditState };
  if (!g.swarmnetAudit) {
    const file = new LineFile(auditPath(), getEnv().SWARMNET_AUDIT_MAX_BYTES);
    g.swarmnetAudit = {
      file,
      anonymous: new RefusalCounter((count) => {
        void append(
          file,
          JSON.stringify({
            time: new Date().toISOString(),
            role: "anonymous",
            via: null,
            operation: "auth.unauthenticated",
            target: {},
            cli: null,
            status: 401,
            result: "refused",
            message: `${count} request(s) without a credential refused (counted, not logged one by one)`,
            count,
          } satisfies AuditEntry),
        );
      }),
    };
  }
  return g.swarmnetAudit;
}

/** Appends one line (fields capped); resolves false when it could not be written. */
export function audit(entry: AuditEntry): Promise<boolean> {
  return append(state().file, JSON.stringify(capEntry(entry)));
}

/** A request refused for having no credential at all: counted, summarised once a minute. */
export function countUnauthenticated(): void {
  state().anonymous.add();
}

/** The latest entries, newest first, from the end of the file only. */
export async function latestAudit(limit = 200): Promise<AuditEntry[]> {
  const lines = await state().file.tail(limit);
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as AuditEntry];
    } catch {
      return [];
    }
  });
}
