/**
 * "Needs attention": what the wall pins on every page, so a problem never waits for its
 * page. Services not converged or with tasks failing, nodes down or drained, and the
 * diagnostics errors (the pure rules of lib/diagnostics, run over the same snapshot in
 * the browser: no Docker call). Pure; tested beside it.
 */
import type { Finding } from "@/lib/diagnostics";
import { t as texts } from "@/lib/i18n/current";
import type { Snapshot } from "@/lib/model/snapshot";
import { naturalCompare, type WallServiceView } from "./wall-model";

export type AttentionItem = {
  key: string;
  severity: "error" | "warning";
  /** The service, node or check the problem is about. */
  subject: string;
  text: string;
};

const FAILED = new Set(["failed", "rejected"]);

/**
 * `services`: the services in the wall's scope (already filtered, in wall order); `findings`:
 * the diagnostics, of which only errors about something in scope (or about the whole swarm
 * on an unfiltered wall) are kept. Tasks Swarm already replaced are not in the snapshot, so a
 * failure shows while the failed task is still the live one; holdAttention (below) keeps a
 * flapping service pinned between two failures.
 */
export function attentionItems(
  s: Snapshot,
  services: readonly WallServiceView[],
  findings: readonly Finding[],
  filtered: boolean,
): AttentionItem[] {
  const failed = new Map<string, number>();
  const waiting = new Map<string, Map<string, number>>();
  for (const t of s.tasks) {
    if (t.desiredState !== "running" || t.state === "running") continue;
    if (FAILED.has(t.state)) {
      failed.set(t.serviceId, (failed.get(t.serviceId) ?? 0) + 1);
    } else {
      const states = waiting.get(t.serviceId) ?? new Map<string, number>();
      states.set(t.state, (states.get(t.state) ?? 0) + 1);
      waiting.set(t.serviceId, states);
    }
  }

  const items: AttentionItem[] = [];
  for (const node of [...s.nodes].sort((a, b) => naturalCompare(a.hostname, b.hostname))) {
    if (node.state !== "ready") {
      items.push({
        key: `node:${node.id}`,
        severity: "error",
        subject: node.hostname,
        text: texts().wall.attentionText.node(node.state),
      });
    } else if (node.availability !== "active") {
      items.push({
        key: `node:${node.id}`,
        severity: "warning",
        subject: node.hostname,
        text: texts().wall.attentionText.node(node.availability),
      });
    }
  }

  const serviceItems: (AttentionItem & { failing: boolean })[] = [];
  for (const v of services) {
    const failures = failed.get(v.id) ?? 0;
    if (v.converged && failures === 0) continue;
    const parts = [texts().wall.attentionText.running(v.running, v.desired)];
    if (failures > 0) parts.push(texts().wall.attentionText.failed(failures));
    for (const [state, count] of waiting.get(v.id) ?? []) parts.push(`${count} ${state}`);
    serviceItems.push({
      key: `service:${v.id}`,
      severity: v.converged ? "warning" : "error",
      subject: v.name,
      text: parts.join(" · "),
      failing: failures > 0,
    });
  }
  // Failing services first: they are the ones that will not fix themselves.
  serviceItems.sort((a, b) => Number(b.failing) - Number(a.failing));
  items.push(...serviceItems.map(({ failing: _, ...item }) => item));

  const inScope = new Set(services.map((v) => v.name));
  for (const f of findings) {
    // Node state has its own item above.
    if (f.severity !== "error" || f.id.startsWith("node-down:")) continue;
    if (filtered && !f.objects.some((o) => inScope.has(o))) continue;
    items.push({ key: `finding:${f.id}`, severity: "error", subject: f.title, text: "" });
  }
  // Errors before warnings; otherwise the order above (stable sort).
  return items.sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
}

/** How long a problem stays pinned after it was last seen: a restart loop must not blink. */
export const HOLD_MS = 60_000;

export type HeldAttention = ReadonlyMap<string, { item: AttentionItem; seenAt: number }>;

/**
 * The items now, then the ones seen within HOLD_MS (as warnings, marked recent), so a service that
 * fails, restarts and fails again stays on the strip instead of flickering. `now` is
 * passed in, which keeps this pure.
 */
export function holdAttention(
  held: HeldAttention,
  items: readonly AttentionItem[],
  now: number,
): { held: HeldAttention; items: AttentionItem[] } {
  const next = new Map<string, { item: AttentionItem; seenAt: number }>();
  for (const item of items) next.set(item.key, { item, seenAt: now });
  const recent: AttentionItem[] = [];
  for (const [key, h] of held) {
    if (next.has(key) || now - h.seenAt > HOLD_MS) continue;
    next.set(key, h);
    // Amber, not red: it is not seen now, only recently.
    recent.push({
      ...h.item,
      severity: "warning",
      text: h.item.text
        ? `${texts().wall.attentionText.recently}: ${h.item.text}`
        : texts().wall.attentionText.recently,
    });
  }
  return { held: next, items: [...items, ...recent] };
}
