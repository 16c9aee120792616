import "server-only";
import { randomBytes } from "node:crypto";
import {
  createProbeService,
  endpointFor,
  type ProbeTask,
  probeContainerLogs,
  probeServiceLogs,
  probeTask,
  removeProbeService,
} from "@/lib/docker";
import { getEnv } from "@/lib/env";
import { t } from "@/lib/i18n/current";
import type { ConnectivityInput } from "@/lib/schemas/connectivity";
import { readSnapshot, syncAfterWrite } from "@/lib/server/live";
import { probeOwner, sweepProbeLeftovers } from "./cleanup";
import { probeCli } from "./cli";
import {
  DEADLINE_LABEL,
  formatOwner,
  OWNER_LABEL,
  PROBE_LABEL,
  PROBE_NAME_PREFIX,
} from "./leftovers";
import { MARK, parseProbeOutput } from "./output";
import { planProbe } from "./plan";
import { PROBE_SCRIPT, probeEnv } from "./script";
import type { ConnectivityResult } from "./types";
import { judge } from "./verdict";

/** The whole call stays under 45 s (DESIGN.md): the task gets this long to finish. */
const TASK_BUDGET_MS = 32_000;
const LOG_BUDGET_MS = 4_000;
/** Labelled on the probe: past it, any swarmnet process removes the probe. */
const PROBE_LIFETIME_MS = 45_000;
const FINISHED = new Set(["complete", "failed", "rejected", "shutdown", "orphaned", "remove"]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Services are created one at a time: a burst of creates stalls Swarm's bulk sync.
let createQueue: Promise<unknown> = Promise.resolve();
function serialCreate<T>(job: () => Promise<T>): Promise<T> {
  const next = createQueue.then(job, job);
  createQueue = next.catch(() => {});
  return next;
}

async function waitForTask(serviceId: string, until: number): Promise<ProbeTask | null> {
  let task: ProbeTask | null = null;
  while (Date.now() < until) {
    task = await probeTask(serviceId);
    if (task && FINISHED.has(task.state)) return task;
    await sleep(300);
  }
  return task;
}

/** Service logs first; the node's own engine when the manager has not got them all yet. */
async function readOutput(
  serviceId: string,
  task: ProbeTask | null,
  endpoint: string | undefined,
  budgetMs: number,
): Promise<string> {
  const until = Date.now() + budgetMs;
  let text = "";
  while (Date.now() < until) {
    text = await probeServiceLogs(serviceId).catch(() => text);
    if (text.includes(`${MARK} end`)) return text;
    if (endpoint && task?.containerId) {
      const local = await probeContainerLogs(endpoint, task.containerId).catch(() => "");
      if (local.includes(`${MARK} end`)) return local;
    }
    await sleep(400);
  }
  return text;
}

/** `POST /api/connectivity`: runs one probe and removes it whatever happens. */
export async function runConnectivity(input: ConnectivityInput): Promise<ConnectivityResult> {
  const started = Date.now();
  // What Docker says now about the target (a service created a moment ago may not have its
  // task addresses in the model yet): re-read it and its tasks first.
  const before = planProbe(await readSnapshot(), input);
  await syncAfterWrite({ services: [before.serviceId] });
  const s = await readSnapshot();
  const plan = planProbe(s, input);
  const { expectation: e, network } = plan;
  const image = getEnv().SWARMNET_PROBE_IMAGE;
  const name = `${PROBE_NAME_PREFIX}${randomBytes(4).toString("hex")}`;
  sweepProbeLeftovers().catch(() => {});
  const labels = {
    [PROBE_LABEL]: "1",
    [OWNER_LABEL]: formatOwner(probeOwner()),
    [DEADLINE_LABEL]: String(started + PROBE_LIFETIME_MS),
    "swarmnet.probe.target": e.target,
    "swarmnet.probe.network": network.name,
  };
  let serviceId: string | null = null;
  let task: ProbeTask | null = null;
  let text = "";
  try {
    serviceId = await serialCreate(() =>
      createProbeService({
        name,
        image,
        nodeId: plan.node?.id ?? null,
        networkId: network.id,
        labels,
        command: ["sh", "-c", PROBE_SCRIPT],
        env: probeEnv([e.target, `tasks.${e.target}`], plan.targets, e.port),
      }),
    );
    task = await waitForTask(serviceId, started + TASK_BUDGET_MS);
    // A probe cut short still printed what it had: read it (briefly) either way.
    const finished = task?.state === "complete" || task?.state === "failed";
    const ran = s.nodes.find((n) => n.id === task?.nodeId);
    const endpoint = ran ? await endpointFor(ran) : undefined;
    text = await readOutput(serviceId, task, endpoint, finished ? LOG_BUDGET_MS : 500);
  } finally {
    // Removed whatever happened; a removal that fails is retried by the leftover sweep.
    if (serviceId) {
      const id = serviceId;
      await removeProbeService(id).catch(() => removeProbeService(id).catch(() => {}));
    }
  }
  const nodeId = task?.nodeId ?? plan.node?.id ?? null;
  const node = s.nodes.find((n) => n.id === nodeId) ?? null;
  const judgement = judge(
    { ...e, probeNodeId: nodeId, probeNode: node?.hostname ?? null },
    parseProbeOutput(text),
  );
  if (!text.includes(`${MARK} end`)) {
    const m = t().probe.task;
    const why = !task
      ? m.notScheduled
      : FINISHED.has(task.state)
        ? m.ended(task.state, task.error || null)
        : m.stillRunning(task.state, TASK_BUDGET_MS / 1000);
    const imageHint = ["new", "pending", "assigned", "accepted", "preparing", "rejected"].includes(
      task?.state ?? "new",
    )
      ? m.imageHint(image)
      : "";
    judgement.findings.unshift(m.line(why, imageHint));
    judgement.summary = judgement.findings.join(" ");
  }
  return {
    network: network.name,
    node: node?.hostname ?? null,
    nodeId,
    target: e.target,
    port: e.port,
    protocol: "tcp",
    ...judgement,
    cli: probeCli({
      network: network.name,
      attachable: network.attachable,
      target: e.target,
      port: e.port,
      addresses: plan.targets,
      node: node?.hostname ?? null,
      image,
    }),
    durationMs: Date.now() - started,
    probe: name,
  };
}
