import http from "node:http";
import type { Page } from "@playwright/test";
import { E2E_PORT } from "./support";

/**
 * HTTP from a chosen loopback source address (127.0.0.0/8 is all local on Linux), so that the
 * server (server.mjs) sees distinct clients by their socket address, with no header to forge.
 */
export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

export function from(
  address: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        localAddress: address,
        method,
        path,
        headers: {
          ...headers,
          ...(body === undefined
            ? {}
            : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }),
        },
        agent: false,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Opens a never-ending response (an event stream) and resolves with its status once headers arrive. */
export function openStream(
  address: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: E2E_PORT, localAddress: address, path, headers, agent: false },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, close: () => req.destroy() });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** A loopback address of its own per run, so reruns within a lockout window never collide. */
export function loopback(): string {
  const n = () => 1 + Math.floor(Math.random() * 250);
  return `127.${n()}.${n()}.${n()}`;
}

/** Every /api/ answer the page receives from now on, as text (to look for leaks in them). */
export function recordApiAnswers(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/api/")) seen.push(await r.text().catch(() => ""));
  });
  return seen;
}
