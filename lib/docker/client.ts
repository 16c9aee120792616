import "server-only";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import Docker from "dockerode";
import { getEnv } from "@/lib/env";
import { discovery } from "./discovery";

type DockerOptions = ConstructorParameters<typeof Docker>[0];

// One agent per (DOCKER_HOST, node): its connections all go to that node's engine.
const ownNodeAgents = new Map<string, http.Agent>();

/**
 * With SWARMNET_NODE_ID (a stack's {{.Node.ID}}), a DOCKER_HOST name that several engines
 * answer to (one socket proxy per manager) is resolved to this node's engine only
 * (lib/docker/discovery.ts): snapshot, containers and events then all come from one engine.
 */
function ownNodeAgent(host: string, nodeId: string, tls: boolean): http.Agent {
  const key = `${host} ${nodeId}`;
  let agent = ownNodeAgents.get(key);
  if (!agent) {
    const options = { keepAlive: true, lookup: discovery().ownNodeLookup(host, nodeId) };
    agent = tls ? new https.Agent(options) : new http.Agent(options);
    ownNodeAgents.set(key, agent);
  }
  return agent;
}

/** Turns DOCKER_HOST (unix://, tcp://, http(s)://) and the TLS variables into dockerode options. */
export function dockerOptionsFrom(env: {
  DOCKER_HOST: string;
  DOCKER_TLS_VERIFY?: string;
  DOCKER_CERT_PATH?: string;
  SWARMNET_DOCKER_TIMEOUT_MS: number;
  SWARMNET_NODE_ID?: string;
}): DockerOptions {
  const host = env.DOCKER_HOST;
  const timeout = env.SWARMNET_DOCKER_TIMEOUT_MS;
  if (host.startsWith("unix://")) return { socketPath: host.slice("unix://".length), timeout };
  if (host.startsWith("/")) return { socketPath: host, timeout };
  const url = new URL(host.replace(/^tcp:\/\//, "http://"));
  const tls = env.DOCKER_TLS_VERIFY === "1" || url.protocol === "https:";
  const options: DockerOptions = {
    host: url.hostname,
    port: url.port || (tls ? 2376 : 2375),
    protocol: tls ? "https" : "http",
    timeout,
  };
  if (env.SWARMNET_NODE_ID) {
    Object.assign(options as object, { agent: ownNodeAgent(host, env.SWARMNET_NODE_ID, tls) });
  }
  if (tls && env.DOCKER_CERT_PATH) {
    const read = (f: string) => fs.readFileSync(path.join(env.DOCKER_CERT_PATH as string, f));
    Object.assign(options as object, {
      ca: read("ca.pem"),
      cert: read("cert.pem"),
      key: read("key.pem"),
    });
  }
  return options;
}

// One client per process; kept on globalThis so dev-mode reloads do not open new ones.
const globalForDocker = globalThis as unknown as { swarmnetDocker?: Docker };

export function docker(): Docker {
  if (!globalForDocker.swarmnetDocker) {
    globalForDocker.swarmnetDocker = new Docker(dockerOptionsFrom(getEnv()));
  }
  return globalForDocker.swarmnetDocker;
}

// Per-node engines (SWARMNET_NODE_ENDPOINTS), one client per URL, short timeouts:
// a node that does not answer must not hold up the page.
const nodeClients = new Map<string, Docker>();

export function dockerAt(url: string): Docker {
  let client = nodeClients.get(url);
  if (!client) {
    const env = getEnv();
    client = new Docker(
      dockerOptionsFrom({
        ...env,
        DOCKER_HOST: url,
        SWARMNET_DOCKER_TIMEOUT_MS: 3000,
        SWARMNET_NODE_ID: undefined, // a node endpoint is its own engine, not this node's
      }),
    );
    nodeClients.set(url, client);
  }
  return client;
}

/** Where the dashboard looks for Docker, for "cannot reach Docker at …" messages. */
export function dockerHost(): string {
  return getEnv().DOCKER_HOST;
}
