import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProbeOutput } from "./output";
import { PROBE_SCRIPT, probeEnv } from "./script";

const BUSYBOX = "/bin/busybox";
const run = promisify(execFile);

// The probe program itself, run by the host's static busybox against loopback: one port
// that listens, one that does not. (DNS needs the overlay's resolver: engine and e2e tests.)
describe.skipIf(!fs.existsSync(BUSYBOX))("the probe program under busybox sh", () => {
  let server: net.Server;
  let open = 0;
  beforeAll(async () => {
    server = net.createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    open = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => server.close());

  async function probe(port: number) {
    const env = Object.fromEntries(
      probeEnv([], ["127.0.0.1"], port).map((kv) => kv.split(/=(.*)/s).slice(0, 2)),
    );
    // busybox applets (nc, timeout) through a PATH of symlinks, as in the probe image.
    const bin = fs.mkdtempSync("/tmp/swarmnet-probe-bin-");
    for (const app of ["nc", "timeout", "sleep", "nslookup", "cat"])
      fs.symlinkSync(BUSYBOX, `${bin}/${app}`);
    const { stdout } = await run(BUSYBOX, ["sh", "-c", PROBE_SCRIPT], {
      env: { ...env, PATH: bin },
      timeout: 10_000,
    });
    fs.rmSync(bin, { recursive: true });
    return parseProbeOutput(stdout);
  }

  it("reports a listening port as connected, with a time", async () => {
    const out = await probe(open);
    expect(out.complete).toBe(true);
    expect(out.tcp).toEqual([
      expect.objectContaining({ ip: "127.0.0.1", port: open, exitCode: 0 }),
    ]);
    expect(out.tcp[0]?.ms).toBeGreaterThanOrEqual(0);
  });

  it("reports a closed port as refused", async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const out = await probe(port);
    expect(out.tcp[0]?.exitCode).not.toBe(0);
    expect(out.tcp[0]?.message).toMatch(/refused/i);
  });
});
