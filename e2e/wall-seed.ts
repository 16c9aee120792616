import { request as httpRequest } from "node:http";
import { IMAGE } from "./docker";

/**
 * The wall's scale seed: N overlays and M services through the Engine API (the CLI costs
 * ~150 ms of process start per object). A realistic mix for an ops-room wall: most services
 * scaled to 0 (VIPs and ports exist without containers, so 300 services stay cheap), a few
 * running, three stacks (`com.docker.stack.namespace`), some ingress ports, and one service
 * whose tasks fail to start, in a loop. Objects are created in small parallel batches: large bursts
 * stall Swarm (shared notes), batches of a few do not (measured: see seedScale's log line).
 */

export const STACK_LABEL = "com.docker.stack.namespace";
/** Stacks for 60 of the services and 15 of the networks; the rest belong to no stack. */
export const SEED_STACKS = ["team-alpha", "team-beta", "team-gamma"] as const;
/** Ingress ports: a range no other spec publishes (wall 20000-22001, live 22000-25999). */
const PORT_BASE = 27_000;

export type ScaleSeed = {
  prefix: string;
  networks: string[];
  services: string[];
  /** The service whose tasks keep failing. */
  failing: string;
  /** Service name → its stack, for services in one. */
  stackOf: Record<string, string>;
  /** Network name → its stack, for networks in one. */
  networkStackOf: Record<string, string>;
  /** Services that publish an ingress port. */
  published: string[];
};

const socketOf = (dockerHost: string) => {
  if (!dockerHost.startsWith("unix://")) throw new Error(`unix socket expected: ${dockerHost}`);
  return dockerHost.slice("unix://".length);
};

/** One Engine API call over the unix socket; resolves with the status and parsed body. */
export function engine(
  dockerHost: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      {
        socketPath: socketOf(dockerHost),
        method,
        path: `/v1.41${path}`,
        headers: payload
          ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) }
          : {},
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          text += c;
        });
        res.on("end", () => {
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // Not JSON: keep the text.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function must(dockerHost: string, method: string, path: string, body?: unknown) {
  const res = await engine(dockerHost, method, path, body);
  if (res.status >= 300)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Runs `jobs` with at most `width` in flight. */
async function inBatches<T>(items: T[], width: number, job: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await job(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

const pad = (i: number) => String(i).padStart(3, "0");

/** The plan, without Docker: names, stacks, attachments (pure, so tests can reason about it). */
/** At least 16 networks: the first 15 belong to the three stacks. */
export function planScaleSeed(prefix: string, networkCount = 100, serviceCount = 300) {
  const networks = Array.from({ length: networkCount }, (_, i) => `${prefix}-net-${pad(i)}`);
  const networkStackOf: Record<string, string> = {};
  networks.forEach((n, i) => {
    if (i < 15) networkStackOf[n] = SEED_STACKS[i % 3] as string;
  });
  const services = Array.from({ length: serviceCount }, (_, i) => {
    // Unpadded numbers on purpose: the wall must sort svc-2 before svc-10.
    const name = `${prefix}-svc-${i}`;
    const stack = i < 60 ? (SEED_STACKS[i % 3] as string) : null;
    // Stack services live on their stack's networks; others spread over the rest.
    const spread = networkCount - 15;
    const home = stack ? SEED_STACKS.indexOf(stack as never) + 3 * (i % 5) : 15 + (i % spread);
    const nets = [networks[home] as string];
    if (i % 3 === 0) nets.push(networks[15 + ((i * 7) % spread)] as string);
    const port = i % 15 === 0 ? PORT_BASE + i : null;
    // A few running tasks (each is a container); the rest scaled to 0.
    const replicas = i % 25 === 1 ? 1 : 0;
    return { name, stack, networks: [...new Set(nets)], port, replicas };
  });
  const failing = `${prefix}-failing`;
  return { networks, networkStackOf, services, failing };
}

export async function seedScale(
  dockerHost: string,
  prefix: string,
  options: { networks?: number; services?: number; width?: number } = {},
): Promise<ScaleSeed> {
  const plan = planScaleSeed(prefix, options.networks, options.services);
  const width = options.width ?? 4;
  const started = Date.now();
  await inBatches(plan.networks, width, async (name) => {
    const stack = plan.networkStackOf[name];
    await must(dockerHost, "POST", "/networks/create", {
      Name: name,
      Driver: "overlay",
      CheckDuplicate: true,
      Labels: stack ? { [STACK_LABEL]: stack } : {},
    });
  });
  const networksDone = Date.now();
  const spec = (
    name: string,
    opts: {
      stack: string | null;
      networks: string[];
      port: number | null;
      replicas: number;
      command?: string[];
    },
  ) => ({
    Name: name,
    Labels: opts.stack ? { [STACK_LABEL]: opts.stack } : {},
    TaskTemplate: {
      ContainerSpec: { Image: IMAGE, Command: opts.command ?? ["sleep", "1d"] },
      Networks: opts.networks.map((Target) => ({ Target })),
      RestartPolicy: { Condition: "any", Delay: 2_000_000_000 },
    },
    Mode: { Replicated: { Replicas: opts.replicas } },
    EndpointSpec: opts.port
      ? {
          Ports: [
            { Protocol: "tcp", TargetPort: 80, PublishedPort: opts.port, PublishMode: "ingress" },
          ],
        }
      : {},
  });
  await inBatches(plan.services, width, async (s) => {
    await must(dockerHost, "POST", "/services/create", spec(s.name, s));
  });
  await must(
    dockerHost,
    "POST",
    "/services/create",
    spec(plan.failing, {
      stack: SEED_STACKS[0],
      networks: [plan.networks[0] as string],
      port: null,
      replicas: 1,
      // A command that does not exist: every task fails at start, never reaching "running"
      // (an `exit 1` runs for a moment, and a snapshot taken then shows the service fine).
      command: ["/bin/swarmnet-no-such-command"],
    }),
  );
  console.log(
    `wall seed: ${plan.networks.length} networks in ${networksDone - started} ms, ${
      plan.services.length + 1
    } services in ${Date.now() - networksDone} ms (${width} in flight)`,
  );
  const stackOf: Record<string, string> = { [plan.failing]: SEED_STACKS[0] };
  for (const s of plan.services) if (s.stack) stackOf[s.name] = s.stack;
  return {
    prefix,
    networks: plan.networks,
    services: [...plan.services.map((s) => s.name), plan.failing],
    failing: plan.failing,
    stackOf,
    networkStackOf: plan.networkStackOf,
    published: plan.services.filter((s) => s.port).map((s) => s.name),
  };
}

/** Removes every service and network whose name starts with `prefix-` (safe to run twice). */
export async function removeScale(dockerHost: string, prefix: string, width = 4): Promise<void> {
  const started = Date.now();
  const named = (list: unknown) =>
    (list as { Spec?: { Name?: string }; Name?: string }[])
      .map((o) => o.Spec?.Name ?? o.Name ?? "")
      .filter((n) => n.startsWith(`${prefix}-`));
  const services = named(await must(dockerHost, "GET", "/services"));
  await inBatches(services, width, async (name) => {
    await engine(dockerHost, "DELETE", `/services/${name}`);
  });
  // A network stays "in use" until the removed services' tasks are gone: retry for a while.
  let networks = named(await must(dockerHost, "GET", "/networks"));
  for (let attempt = 0; networks.length > 0 && attempt < 60; attempt++) {
    const left: string[] = [];
    await inBatches(networks, width, async (name) => {
      const res = await engine(dockerHost, "DELETE", `/networks/${name}`);
      if (res.status >= 300 && res.status !== 404) left.push(name);
    });
    networks = left;
    if (left.length > 0) await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`wall seed removed in ${Date.now() - started} ms (${networks.length} networks left)`);
}

/**
 * Waits until every seeded service but the failing one runs what it should, and the failing
 * one has failed at least once: the steady state a wall normally shows.
 */
export async function waitSettled(dockerHost: string, seed: ScaleSeed, timeoutMs = 90_000) {
  const started = Date.now();
  for (;;) {
    const services = (await must(dockerHost, "GET", "/services?status=true")) as {
      ID: string;
      Spec: { Name: string };
      ServiceStatus?: { RunningTasks: number; DesiredTasks: number };
    }[];
    const mine = services.filter((s) => s.Spec.Name.startsWith(`${seed.prefix}-`));
    const pending = mine.filter(
      (s) =>
        s.Spec.Name !== seed.failing &&
        (s.ServiceStatus?.RunningTasks ?? 0) < (s.ServiceStatus?.DesiredTasks ?? 0),
    );
    const failing = mine.find((s) => s.Spec.Name === seed.failing);
    const filters = encodeURIComponent(JSON.stringify({ service: [seed.failing] }));
    const tasks = failing
      ? ((await must(dockerHost, "GET", `/tasks?filters=${filters}`)) as {
          Status: { State: string };
        }[])
      : [];
    if (pending.length === 0 && tasks.some((t) => t.Status.State === "failed")) {
      console.log(`wall seed settled in ${Date.now() - started} ms`);
      return;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`seed not settled: ${pending.map((s) => s.Spec.Name).join(", ")}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
