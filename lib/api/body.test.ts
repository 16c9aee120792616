import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { readLimitedText } from "./body";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://x/api", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

/** A body sent in chunks with no Content-Length, counting how much of it was pulled. */
function chunked(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

async function status(p: Promise<unknown>): Promise<number | "ok"> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return isAppError(e) ? e.status : -1;
  }
}

describe("readLimitedText", () => {
  it("returns bodies up to the limit", async () => {
    expect(await readLimitedText(post('{"a":1}'), 7)).toBe('{"a":1}');
    expect(await readLimitedText(post("é".repeat(10)), 20)).toBe("é".repeat(10));
  });

  it("refuses with 413 past the limit, counting bytes rather than characters", async () => {
    expect(await status(readLimitedText(post("x".repeat(65)), 64))).toBe(413);
    expect(await status(readLimitedText(post("é".repeat(33)), 64))).toBe(413);
  });

  it("refuses a declared Content-Length above the limit before reading", async () => {
    const body = chunked(1000, 1024);
    const req = post(body.stream, { "content-length": String(1000 * 1024) });
    expect(await status(readLimitedText(req, 1024))).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const body = chunked(10_000, 1024);
    expect(await status(readLimitedText(post(body.stream), 64 * 1024))).toBe(413);
    expect(body.pulled()).toBeLessThan(80);
  });
});
