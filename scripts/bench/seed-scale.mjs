#!/usr/bin/env node
// Seeds the sandbox engine with a large swarm for the benchmarks (issues #10, #11):
//
//   node scripts/bench/seed-scale.mjs [--services 1000] [--networks 300] [--concurrency 1]
//   node scripts/bench/seed-scale.mjs --clean
//
// Converges to exactly N bench services and M bench overlays (labelled swarmnet.bench=1):
// creates what is missing, removes bench objects beyond N/M, so 1000/300 → 300/100 and
// back is cheap. Mostly `--replicas 0` services (no containers), every 20th with one
// replica so tasks exist, every 25th publishing an ingress port, every 4th in one of 8
// stacks (com.docker.stack.namespace), 1–3 overlays each. Plus `bench-scale` (2 replicas),
// the service the live benchmark scales. Talks to the Engine API directly, with a small
// concurrency (a big parallel burst stalls Swarm).
import { parseArgs } from "node:util";
import { call, IMAGE, mapLimit, SANDBOX_SOCKET, socketPath } from "./lib/docker-api.mjs";

const { values: args } = parseArgs({
  options: {
    services: { type: "string", default: "1000" },
    networks: { type: "string", default: "300" },
    concurrency: { type: "string", default: "1" },
    socket: { type: "string", default: process.env.DOCKER_HOST ?? SANDBOX_SOCKET },
    clean: { type: "boolean", default: false },
    "no-wait": { type: "boolean", default: false },
  },
});

const socket = socketPath(args.socket);
const LABEL = "swarmnet.bench";
const STACK_LABEL = "com.docker.stack.namespace";
export const SCALE_SERVICE = "bench-scale";
const nServices = Number(args.services);
const nNetworks = Number(args.networks);
const concurrency = Math.max(1, Number(args.concurrency));

const pad = (n, width) => String(n).padStart(width, "0");
const netName = (j) => `bench-net-${pad(j, 3)}`;
const svcName = (i) => `bench-svc-${pad(i, 4)}`;
const labelFilter = encodeURIComponent(JSON.stringify({ label: [`${LABEL}=1`] }));

function log(message) {
  process.stderr.write(`[seed-scale] ${message}\n`);
}

// busybox sleep as PID 1 ignores SIGTERM: without this every removal waits the 10 s grace period.
const FAST_STOP = { StopSignal: "SIGKILL", StopGracePeriod: 1_000_000_000 };

function serviceSpec(i) {
  const nets = [...new Set([i % nNetworks, (i * 7 + 1) % nNetworks, (i * 13 + 2) % nNetworks])]
    .slice(0, 1 + (i % 3))
    .map((j) => ({ Target: netName(j) }));
  const labels = { [LABEL]: "1" };
  if (i % 4 === 0) labels[STACK_LABEL] = `bench-stack-${(i / 4) % 8}`;
  const dnsrr = i % 50 === 7;
  const published = !dnsrr && i % 25 === 0;
  return {
    Name: svcName(i),
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: { ...FAST_STOP, Image: IMAGE, Command: ["sleep", "1d"], Labels: labels },
      Networks: nets,
      RestartPolicy: { Condition: "any" },
    },
    Mode: { Replicated: { Replicas: i % 20 === 0 ? 1 : 0 } },
    EndpointSpec: {
      Mode: dnsrr ? "dnsrr" : "vip",
      Ports: published
        ? [{ Protocol: "tcp", TargetPort: 80, PublishedPort: 18_000 + i, PublishMode: "ingress" }]
        : [],
    },
  };
}

function scaleServiceSpec() {
  return {
    Name: SCALE_SERVICE,
    Labels: { [LABEL]: "1" },
    TaskTemplate: {
      ContainerSpec: { ...FAST_STOP, Image: IMAGE, Command: ["sleep", "1d"] },
      Networks: [{ Target: netName(0) }],
    },
    Mode: { Replicated: { Replicas: 2 } },
  };
}

async function benchServices() {
  return call(socket, "GET", `/services?filters=${labelFilter}`);
}
async function benchNetworks() {
  return call(socket, "GET", `/networks?filters=${labelFilter}`);
}

/** Removed services' containers keep their overlays' local copies alive: wait for them to go. */
async function waitTasksGone(names, timeoutMs = 60_000) {
  const wanted = new Set(names);
  const filter = encodeURIComponent(JSON.stringify({ label: ["com.docker.swarm.service.name"] }));
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const containers = await call(socket, "GET", `/containers/json?all=1&filters=${filter}`);
    if (!containers.some((c) => wanted.has(c.Labels["com.docker.swarm.service.name"]))) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  log("containers of removed services are still there");
}

async function removeAll(kind, names) {
  let failed = 0;
  await mapLimit(names, concurrency, async (name) => {
    try {
      await call(socket, "DELETE", `/${kind}/${encodeURIComponent(name)}`);
    } catch (e) {
      // A removed overlay lingers in the node's local list for a moment; deleting it again says "not found".
      if (e.status !== 404 && !/not found/i.test(e.message)) {
        failed++;
        log(`remove ${kind} ${name}: ${e.message}`);
      }
    }
  });
  return failed;
}

/** Waits until every bench service runs its desired tasks (bounded). */
async function waitRunning(timeoutMs = 180_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const list = await call(socket, "GET", `/services?status=true&filters=${labelFilter}`);
    const pending = list.filter(
      (s) => (s.ServiceStatus?.RunningTasks ?? 0) < (s.ServiceStatus?.DesiredTasks ?? 0),
    );
    if (pending.length === 0) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  log("some bench services did not reach their replica count in time");
  return false;
}

async function clean() {
  const t0 = Date.now();
  const services = (await benchServices()).map((s) => s.Spec.Name);
  await removeAll("services", services);
  await waitTasksGone(services);
  // Tasks must be gone before their overlays can be removed: retry a few times.
  for (let attempt = 0; attempt < 30; attempt++) {
    const networks = (await benchNetworks()).map((n) => n.Name);
    if (networks.length === 0) break;
    const failed = await removeAll("networks", networks);
    if (failed === 0) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  log(
    `clean: removed ${services.length} services and the bench networks in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function seed() {
  const t0 = Date.now();
  // Objects beyond the wanted size go first (services before the networks they use).
  const wantedServices = new Set([
    SCALE_SERVICE,
    ...Array.from({ length: Math.max(0, nServices - 1) }, (_, i) => svcName(i)),
  ]);
  const wantedNetworks = new Set(Array.from({ length: nNetworks }, (_, j) => netName(j)));
  const existingServices = new Set((await benchServices()).map((s) => s.Spec.Name));
  const extraServices = [...existingServices].filter((n) => !wantedServices.has(n));
  if (extraServices.length > 0) {
    await removeAll("services", extraServices);
    await waitTasksGone(extraServices);
    log(`removed ${extraServices.length} services beyond ${nServices}`);
  }
  const existingNetworks = new Set((await benchNetworks()).map((n) => n.Name));
  const extraNetworks = [...existingNetworks].filter((n) => !wantedNetworks.has(n));
  if (extraNetworks.length > 0) {
    for (let attempt = 0; attempt < 30; attempt++) {
      if ((await removeAll("networks", extraNetworks)) === 0) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    log(`removed ${extraNetworks.length} networks beyond ${nNetworks}`);
  }

  const missingNetworks = [...wantedNetworks].filter((n) => !existingNetworks.has(n));
  const tn = Date.now();
  await mapLimit(missingNetworks, concurrency, async (name) => {
    const j = Number(name.slice(-3));
    await call(socket, "POST", "/networks/create", {
      body: {
        Name: name,
        Driver: "overlay",
        Attachable: j % 5 === 0,
        Labels: { [LABEL]: "1" },
        CheckDuplicate: true,
      },
    });
  });
  const networkSecs = (Date.now() - tn) / 1000;
  log(`created ${missingNetworks.length} networks in ${networkSecs.toFixed(1)} s`);

  const missingServices = [...wantedServices].filter((n) => !existingServices.has(n));
  const ts = Date.now();
  let done = 0;
  await mapLimit(missingServices, concurrency, async (name) => {
    const spec = name === SCALE_SERVICE ? scaleServiceSpec() : serviceSpec(Number(name.slice(-4)));
    await call(socket, "POST", "/services/create", { body: spec });
    done++;
    if (done % 200 === 0) log(`  ${done}/${missingServices.length} services`);
  });
  const serviceSecs = (Date.now() - ts) / 1000;
  log(`created ${missingServices.length} services in ${serviceSecs.toFixed(1)} s`);
  const running = args["no-wait"] ? null : await waitRunning();
  const total = (Date.now() - t0) / 1000;
  log(
    `seeded ${nServices} services / ${nNetworks} networks in ${total.toFixed(1)} s${running === false ? " (tasks still starting)" : ""}`,
  );
  console.log(
    JSON.stringify({
      services: nServices,
      networks: nNetworks,
      concurrency,
      createdNetworks: missingNetworks.length,
      createdServices: missingServices.length,
      networkSecs,
      serviceSecs,
      totalSecs: total,
    }),
  );
}

await (args.clean ? clean() : seed());
