import "server-only";
import { isAppError } from "@/lib/errors";
import { call } from "./call";
import { docker, dockerAt } from "./client";
import { demuxLogs } from "./log-frames";
import type { RawService, RawTask } from "./raw";

/** Named operations for the connectivity probe's short-lived service. */

export type ProbeServiceSpec = {
  name: string;
  image: string;
  nodeId: string | null;
  networkId: string;
  labels: Record<string, string>;
  command: string[];
  env: string[];
};

/**
 * One replica, never restarted, pinned to a node, on one overlay. The engine API does not
 * resolve the image against a registry (that is the CLI's --resolve-image), so a locally
 * loaded image works without one.
 */
export async function createProbeService(spec: ProbeServiceSpec): Promise<string> {
  const created = await call(() =>
    docker().createService({
      Name: spec.name,
      Labels: spec.labels,
      TaskTemplate: {
        ContainerSpec: {
          Image: spec.image,
          Command: spec.command,
          Env: spec.env,
          Labels: spec.labels,
        },
        RestartPolicy: { Condition: "none" },
        Placement: spec.nodeId ? { Constraints: [`node.id==${spec.nodeId}`] } : {},
        Networks: [{ Target: spec.networkId }],
      },
      Mode: { Replicated: { Replicas: 1 } },
      EndpointSpec: { Mode: "dnsrr" },
    } as never),
  );
  return (created as { id?: string; ID?: string }).id ?? (created as { ID: string }).ID;
}

export type ProbeTask = {
  state: string;
  nodeId: string | null;
  containerId: string | null;
  error: string | null;
};

/** The probe's one task (null until the scheduler created it). */
export async function probeTask(serviceId: string): Promise<ProbeTask | null> {
  const tasks = await call(
    () => docker().listTasks({ filters: { service: [serviceId] } }) as Promise<RawTask[]>,
  );
  const task = tasks[0];
  if (!task) return null;
  return {
    state: task.Status?.State ?? "unknown",
    nodeId: task.NodeID ?? null,
    containerId: task.Status?.ContainerStatus?.ContainerID ?? null,
    error: task.Status?.Err ?? null,
  };
}

/** `docker service logs`: the manager gathers them from whichever node ran the task. */
export async function probeServiceLogs(serviceId: string): Promise<string> {
  const raw = await call(
    () =>
      docker()
        .getService(serviceId)
        .logs({ stdout: true, stderr: true, follow: false } as never) as unknown as Promise<
        Buffer | string
      >,
  );
  return typeof raw === "string" ? raw : demuxLogs(raw);
}

/** The task container's own logs, from its node's engine (SWARMNET_NODE_ENDPOINTS). */
export async function probeContainerLogs(endpoint: string, containerId: string): Promise<string> {
  const raw = await call(
    () =>
      dockerAt(endpoint)
        .getContainer(containerId)
        .logs({ stdout: true, stderr: true, follow: false }) as unknown as Promise<Buffer>,
  );
  return demuxLogs(raw);
}

/** Removes a service; one already gone counts as removed. */
export async function removeProbeService(idOrName: string): Promise<void> {
  try {
    await call(() => docker().getService(idOrName).remove());
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") return;
    throw e;
  }
}

/** Every service carrying `label` (probes, wherever they came from). */
export async function listLabelledServices(
  label: string,
): Promise<{ id: string; name: string; labels: Record<string, string> }[]> {
  const services = await call(
    () => docker().listServices({ filters: { label: [label] } }) as Promise<RawService[]>,
  );
  return services.map((s) => ({
    id: s.ID,
    name: s.Spec?.Name ?? s.ID,
    labels: s.Spec?.Labels ?? {},
  }));
}
