import type { Snapshot } from "@/lib/model/snapshot";
import { DEFAULT_UNDERLAY_MTU } from "@/lib/net/mtu";
import type { Finding } from "./finding";

/** What rules need besides the snapshot: the clock and facts Docker cannot tell us. */
export type DiagnosticsContext = {
  /** "Now", injected so the recent-switch rule is testable. */
  now: Date;
  /** MTU of the nodes' own network (the underlay): Docker cannot see it, so the admin says it. */
  underlayMtu: number;
};

export function defaultContext(now: Date = new Date()): DiagnosticsContext {
  return { now, underlayMtu: DEFAULT_UNDERLAY_MTU };
}

/** A rule: pure, no I/O, the same findings for the same snapshot and context. */
export type Rule = (snapshot: Snapshot, context: DiagnosticsContext) => Finding[];
