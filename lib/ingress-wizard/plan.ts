import { z } from "zod";
import {
  emptyNetworkForm,
  type NetworkFormResult,
  readNetworkForm,
} from "@/lib/forms/network-form";
import type { Network } from "@/lib/model/network";
import { type Port, portSchema } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { convertIngressPortsToHost } from "@/lib/ports/endpoint-mode";
import { renderLong } from "@/lib/ports/render";
import { ingressPorts } from "@/lib/ports/validate";

/**
 * The "Customize ingress" wizard, as data. The plan is what only the browser knows (each
 * service's original ports, the chosen actions, the new ingress settings, what ran); whether a
 * step is done is always derived from live Docker state, so a reload, a second tab or a change
 * made with the CLI in between all resume at the right step.
 */
export const WIZARD_STORAGE_KEY = "swarmnet.ingress-wizard.v1";

export const STEP_IDS = ["inspect", "blockers", "remove", "create", "restore"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const BLOCKER_ACTIONS = ["unpublish", "host"] as const;
export type BlockerAction = (typeof BLOCKER_ACTIONS)[number];

const plannedServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  action: z.enum(BLOCKER_ACTIONS),
  /** The service's whole port list before the wizard touched it. */
  originalPorts: z.array(portSchema),
});
export type PlannedService = z.infer<typeof plannedServiceSchema>;

const logEntrySchema = z.object({
  step: z.enum(STEP_IDS),
  ok: z.boolean(),
  cli: z.string().nullable(),
  message: z.string(),
  at: z.string(),
});
export type WizardLogEntry = z.infer<typeof logEntrySchema>;

export const wizardPlanSchema = z.object({
  version: z.literal(1),
  startedAt: z.string(),
  /** The ingress being replaced; null when there was none when the wizard started. */
  oldIngress: z
    .object({
      id: z.string(),
      name: z.string(),
      subnet: z.string().nullable(),
      gateway: z.string().nullable(),
      mtu: z.number().nullable(),
    })
    .nullable(),
  services: z.array(plannedServiceSchema),
  newIngress: z.object({
    name: z.string(),
    subnet: z.string(),
    gateway: z.string(),
    mtu: z.string(),
  }),
  /** Set when the admin chose not to restore (the only step that can be skipped). */
  restoreSkipped: z.boolean(),
  /**
   * Docker accepted the removal (or answered that the network is gone). The node's own list may
   * still show its copy for a while, so step 3 waits for that copy to disappear too.
   */
  removeRequested: z.boolean().default(false),
  log: z.array(logEntrySchema),
});
export type WizardPlan = z.infer<typeof wizardPlanSchema>;

export function parseStoredPlan(text: string | null): WizardPlan | null {
  if (!text) return null;
  try {
    const parsed = wizardPlanSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const currentIngress = (s: Snapshot): Network | undefined =>
  s.networks.find((n) => n.ingress);

export const ingressBlockers = (s: Snapshot): Service[] =>
  s.services
    .filter((svc) => ingressPorts(svc.ports).length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));

/** A new plan from what Docker shows now: the ingress to replace and who publishes through it. */
export function startPlan(s: Snapshot, now: string): WizardPlan {
  const ingress = currentIngress(s);
  const first = ingress?.ipam[0];
  return {
    version: 1,
    startedAt: now,
    oldIngress: ingress
      ? {
          id: ingress.id,
          name: ingress.name,
          subnet: first?.subnet ?? null,
          gateway: first?.gateway ?? null,
          mtu: ingress.mtu,
        }
      : null,
    services: ingressBlockers(s).map((svc) => ({
      id: svc.id,
      name: svc.name,
      action: "unpublish",
      originalPorts: svc.ports,
    })),
    newIngress: {
      name: ingress?.name ?? "ingress",
      subnet: first?.subnet ?? "",
      gateway: first?.gateway ?? "",
      mtu: ingress?.mtu === null || ingress?.mtu === undefined ? "" : String(ingress.mtu),
    },
    restoreSkipped: false,
    removeRequested: false,
    log: [],
  };
}

/**
 * Services that started publishing through the old ingress after the plan was made join the
 * plan (their ports as they are now are the ones to restore). Returns the same object when
 * nothing changes, so callers can skip a save.
 */
export function syncPlan(plan: WizardPlan, s: Snapshot): WizardPlan {
  if (oldIngressGone(plan, s)) return plan;
  const known = new Set(plan.services.map((p) => p.id));
  const added = ingressBlockers(s)
    .filter((svc) => !known.has(svc.id))
    .map(
      (svc): PlannedService => ({
        id: svc.id,
        name: svc.name,
        action: "unpublish",
        originalPorts: svc.ports,
      }),
    );
  return added.length === 0 ? plan : { ...plan, services: [...plan.services, ...added] };
}

export function oldIngressGone(plan: WizardPlan, s: Snapshot): boolean {
  const old = plan.oldIngress;
  return old === null ? true : !s.networks.some((n) => n.id === old.id);
}

/** The ingress created by the wizard (any ingress that is not the old one). */
export function newIngressOf(plan: WizardPlan, s: Snapshot): Network | undefined {
  const ingress = currentIngress(s);
  return ingress && ingress.id !== plan.oldIngress?.id ? ingress : undefined;
}

/** Step 2's update for one service: its ports without (or with host-mode copies of) the ingress ones. */
export function clearedPorts(ports: readonly Port[], action: BlockerAction): Port[] {
  return action === "host"
    ? convertIngressPortsToHost(ports)
    : ports.filter((port) => port.mode !== "ingress");
}

const sameNumbers = (a: Port, b: Port) =>
  a.published === b.published && a.target === b.target && a.protocol === b.protocol;

/**
 * Step 5's update: the live ports with the original ingress ports back, dropping the host-mode
 * copies step 2 made of them (same numbers), keeping anything else the service has now.
 */
export function restoredPorts(live: readonly Port[], original: readonly Port[]): Port[] {
  const wanted = ingressPorts(original);
  const kept = live.filter(
    (port) => !(port.mode === "host" && wanted.some((o) => sameNumbers(o, port))),
  );
  const keys = new Set(kept.map(renderLong));
  return [...kept, ...wanted.filter((port) => !keys.has(renderLong(port)))];
}

export function isRestored(live: readonly Port[], original: readonly Port[]): boolean {
  const keys = new Set(live.map(renderLong));
  return ingressPorts(original).every((port) => keys.has(renderLong(port)));
}

export type ServiceState = "to-clear" | "cleared" | "restored" | "gone";

export type ServiceProgress = PlannedService & { state: ServiceState; live: Service | undefined };

/**
 * Running tasks still attached to the old ingress. Removing published ports restarts a service's
 * tasks; until the old ones are gone their endpoints hold the node's copy of ingress, and a
 * removal then succeeds in the swarm but leaves that copy behind (measured on Docker 20.10).
 */
export function tasksOnIngress(plan: WizardPlan, s: Snapshot): number {
  const old = plan.oldIngress;
  if (!old) return 0;
  return s.tasks.filter(
    (task) => task.state === "running" && task.addresses.some((a) => a.networkId === old.id),
  ).length;
}

export type WizardProgress = {
  ingress: Network | undefined;
  /** Step 2 is waiting for this many old tasks to stop (no blocker left to update). */
  lingeringTasks: number;
  /** Step 3 was accepted by Docker; the node's list still shows the old ingress. */
  removalPending: boolean;
  newIngress: Network | undefined;
  services: ServiceProgress[];
  done: Record<StepId, boolean>;
  /** The first step not done; null when the whole wizard is done. */
  current: StepId | null;
};

/** Before the old ingress is gone, ingress ports block; after it, they are the restored ones. */
function serviceState(
  planned: PlannedService,
  live: Service | undefined,
  gone: boolean,
): ServiceState {
  if (!live) return "gone";
  if (!gone) return ingressPorts(live.ports).length > 0 ? "to-clear" : "cleared";
  return isRestored(live.ports, planned.originalPorts) ? "restored" : "cleared";
}

/** Where the wizard stands, from the plan and live Docker state only. */
export function deriveProgress(plan: WizardPlan, s: Snapshot): WizardProgress {
  const gone = oldIngressGone(plan, s);
  const services = plan.services.map((planned) => {
    const live = s.services.find((svc) => svc.id === planned.id);
    return { ...planned, live, state: serviceState(planned, live, gone) };
  });
  const fresh = newIngressOf(plan, s);
  const restorable = services.filter((svc) => svc.state === "cleared");
  const lingeringTasks = gone ? 0 : tasksOnIngress(plan, s);
  const done: Record<StepId, boolean> = {
    inspect: true,
    blockers: gone || (ingressBlockers(s).length === 0 && lingeringTasks === 0),
    remove: gone,
    create: gone && fresh !== undefined,
    restore: gone && fresh !== undefined && (plan.restoreSkipped || restorable.length === 0),
  };
  const current = STEP_IDS.find((step) => !done[step]) ?? null;
  return {
    ingress: currentIngress(s),
    lingeringTasks,
    removalPending: !gone && plan.removeRequested,
    newIngress: fresh,
    services,
    done,
    current,
  };
}

export function appendLog(
  plan: WizardPlan,
  entry: Omit<WizardLogEntry, "at">,
  at: string,
): WizardPlan {
  // The last 50 entries are plenty to explain what happened; localStorage is small.
  return { ...plan, log: [...plan.log, { ...entry, at }].slice(-50) };
}

export type NewIngressFields = WizardPlan["newIngress"];

/** The wizard's step-4 fields as a create-network body (`ingress: true`), checked like the form. */
export function newIngressRequest(fields: NewIngressFields): NetworkFormResult {
  const read = readNetworkForm({
    ...emptyNetworkForm(),
    name: fields.name,
    mtu: fields.mtu,
    ipam:
      fields.subnet.trim() === "" && fields.gateway.trim() === ""
        ? []
        : [{ subnet: fields.subnet, gateway: fields.gateway, ipRange: "" }],
  });
  const candidate = { ...read.candidate, ingress: true };
  return { ...read, candidate, input: read.input ? { ...read.input, ingress: true } : null };
}
