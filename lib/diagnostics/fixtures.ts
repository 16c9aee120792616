/**
 * The rule context for diagnostics tests, pinned to the snapshot fixtures' clock.
 * Snapshot builders live in test/fixtures/snapshot.ts.
 */
import { FIXTURE_NOW } from "@/test/fixtures/snapshot";
import { defaultContext } from "./context";

export const fixtureContext = (over: Partial<ReturnType<typeof defaultContext>> = {}) => ({
  ...defaultContext(FIXTURE_NOW),
  ...over,
});
