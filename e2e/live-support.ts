import { docker } from "./docker";
import { asViewer, BASE_URL, DOCKER_HOST } from "./support";

/** Helpers for the live-update and wall specs: a Node SSE reader, the server's counters, cleanup. */

export type LiveEvent = {
  type: string;
  action: string;
  id: string;
  name: string;
  time: number;
  /** When this Node client received it (same clock as the browser's). */
  receivedAt: number;
};
export type LiveStats = {
  streamsOpened: number;
  streamsActive: number;
  openAttempts: number;
  subscribers: number;
  streamListeners: number;
  state: string;
};

export async function liveStats(): Promise<LiveStats> {
  const res = await fetch(`${BASE_URL}/api/events/stats`, { headers: asViewer });
  if (!res.ok) throw new Error(`stats: ${res.status}`);
  return (await res.json()) as LiveStats;
}

/** One SSE client in Node: collects messages until closed. */
export type SseClient = {
  events: LiveEvent[];
  states: string[];
  /** Resolves with the first event matching, waiting up to `timeoutMs`. */
  waitFor(match: (e: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>;
  close(): void;
  readonly open: Promise<void>;
};

export function sseClient(url = `${BASE_URL}/api/events`): SseClient {
  const abort = new AbortController();
  const events: LiveEvent[] = [];
  const states: string[] = [];
  const waiters = new Set<() => void>();
  let resolveOpen: () => void = () => {};
  let rejectOpen: (e: unknown) => void = () => {};
  const open = new Promise<void>((res, rej) => {
    resolveOpen = res;
    rejectOpen = rej;
  });
  (async () => {
    const res = await fetch(url, { headers: asViewer, signal: abort.signal });
    if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let first = true;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (first) {
        first = false;
        resolveOpen();
      }
      buffer += value;
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
        for (const line of frame.split("\n")) {
          if (!line.startsWith("data: ")) continue;
          const message = JSON.parse(line.slice(6));
          if (message.type === "status") states.push(message.state);
          else events.push({ ...message, receivedAt: Date.now() } as LiveEvent);
        }
        for (const w of [...waiters]) w();
      }
    }
  })().catch((e) => {
    if (!abort.signal.aborted) rejectOpen(e);
  });
  return {
    events,
    states,
    open,
    close: () => abort.abort(),
    waitFor(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error("no matching event in time"));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/**
 * Removes what a test created. Services first; a network stays "in use" until the
 * removed service's tasks are gone, so a network removal is retried for a while.
 */
export async function removeQuietly(kind: "service" | "network", names: string[]) {
  for (const name of names) {
    for (let attempt = 0; attempt < 30; attempt++) {
      try {
        docker([kind, "rm", name]);
        break;
      } catch (e) {
        if (/not found|No such/i.test(String((e as { stderr?: string }).stderr ?? e))) break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
}

/** Docker's own count of event listeners: the truth behind our counters. */
export function dockerEventListeners(): number {
  return Number(docker(["info", "--format", "{{.NEventsListener}}"]));
}

/**
 * The command that kills and restarts the dashboard's engine: node 1 of the test
 * cluster under npm test, or the single sandbox engine when run against one.
 */
export function restartEngineCommand(): { args: string[]; env: NodeJS.ProcessEnv } {
  if (process.env.SWARMNET_TEST_CLUSTER_SCRIPT) {
    return {
      args: [process.env.SWARMNET_TEST_CLUSTER_SCRIPT, "restart-node", "1"],
      env: process.env,
    };
  }
  const dir = DOCKER_HOST.replace(/^unix:\/\//, "").replace(/\/docker\.sock$/, "");
  return {
    args: ["scripts/sandbox.sh", "restart-daemon"],
    env: { ...process.env, SWARMNET_SANDBOX_DIR: dir },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/**
 * Waits until the dashboard's live model shows what a CLI change made (it follows Docker's
 * events, so it trails the CLI by a few milliseconds): for tests that change Docker and then
 * read the API at once.
 */
export async function untilSnapshotShows(
  check: (snapshot: { services: { name: string }[]; networks: { name: string }[] }) => boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${BASE_URL}/api/snapshot`, { headers: asViewer });
    if (res.ok && check(await res.json())) return;
    if (Date.now() > deadline) throw new Error("the live model did not show the change in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}
