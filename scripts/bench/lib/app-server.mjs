// Starts a built swarmnet checkout with `next start` and measures its memory from /proc.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** A random token of `length` URL-safe characters (the app wants ≥ 32 here). */
export function randomToken(length = 48) {
  return crypto.randomBytes(length).toString("base64url").slice(0, length);
}

/** Every pid whose ancestry reaches `root` (root included), from /proc. */
export function processTree(root) {
  const parents = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the ppid follows the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [];
  for (const pid of parents.keys()) {
    let p = pid;
    for (let depth = 0; p > 1 && depth < 64; depth++) {
      if (p === root) {
        tree.push(pid);
        break;
      }
      p = parents.get(p) ?? 0;
    }
  }
  return tree;
}

/** Resident set size in bytes of one process (0 when it is gone). */
function rssOf(pid) {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of a process tree: the sum, and per process. */
export function treeRss(root) {
  const pids = processTree(root);
  const each = pids.map((pid) => ({ pid, rss: rssOf(pid) }));
  return { total: each.reduce((s, p) => s + p.rss, 0), processes: each };
}

/**
 * `next start -p <port> -H 127.0.0.1` in `appDir` (a checkout where `next build` was run),
 * with the given environment added. Resolves once /api/health answers.
 */
export async function startApp({ appDir, port, env, logFile, timeoutMs = 90_000 }) {
  const nextBin = path.join(appDir, "node_modules", "next", "dist", "bin", "next");
  if (!fs.existsSync(nextBin)) throw new Error(`${nextBin} not found: run npm ci in ${appDir}`);
  if (!fs.existsSync(path.join(appDir, ".next", "BUILD_ID")))
    throw new Error(
      `${appDir}/.next/BUILD_ID not found: run \`npx next build\` in ${appDir} first`,
    );
  const out = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  let exited = null;
  child.on("exit", (code) => {
    exited = code;
  });
  while (Date.now() - started < timeoutMs) {
    if (exited !== null) throw new Error(`next start exited with ${exited}; see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(3_000) });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (Date.now() - started >= timeoutMs)
    throw new Error(`the app did not answer within ${timeoutMs} ms`);
  return {
    pid: child.pid,
    baseUrl,
    startMs: Date.now() - started,
    stop: async () => {
      if (exited !== null) return;
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
