import "server-only";
import { buildSnapshot } from "@/lib/docker";
import type { Snapshot } from "@/lib/model/snapshot";
import { type DiagnosticsResponse, defaultContext, runRules, sortFindings } from "../index";
import { probeFindings } from "../probe";
import { probeNodes } from "./probe-nodes";

export type DiagnosticsOptions = { probe?: boolean; underlayMtu?: number; now?: Date };

/** Every rule over `snapshot`, plus (unless turned off) the firewall probe of its nodes. */
export async function diagnose(
  snapshot: Snapshot,
  options: DiagnosticsOptions = {},
): Promise<DiagnosticsResponse> {
  const now = options.now ?? new Date();
  const context = {
    ...defaultContext(now),
    ...(options.underlayMtu === undefined ? {} : { underlayMtu: options.underlayMtu }),
  };
  const findings = runRules(snapshot, context);
  const probed = options.probe === false ? [] : probeFindings(await probeNodes(snapshot), snapshot);
  return { findings: sortFindings([...findings, ...probed]), checkedAt: now.toISOString() };
}

/**
 * A check asked for now ("Re-check", a script): it reads Docker directly rather
 * than the live model, since an admin who just fixed something with the CLI
 * expects this answer to include it, and the firewall probe costs far more
 * than the snapshot's 8 calls anyway.
 */
export async function runDiagnostics(options: DiagnosticsOptions = {}) {
  return diagnose(await buildSnapshot(), options);
}
