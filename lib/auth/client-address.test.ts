import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { bucketOf, CLIENT_ADDRESS_HEADER, clientAddress, SHARED_BUCKET } from "./client-address";

const req = (h: Record<string, string>) => ({ headers: new Headers(h) });

beforeEach(resetEnv);
afterEach(() => {
  delete process.env.SWARMNET_TRUST_PROXY;
  delete process.env.SWARMNET_SOCKET_ADDRESS_HEADER;
});

describe("clientAddress", () => {
  it("shares one bucket when the connection cannot be seen, whatever the client claims", () => {
    const forged = req({ [CLIENT_ADDRESS_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" });
    expect(clientAddress(forged)).toBe(SHARED_BUCKET);
  });

  it("uses the socket address that server.mjs writes", () => {
    process.env.SWARMNET_SOCKET_ADDRESS_HEADER = "1";
    resetEnv();
    expect(clientAddress(req({ [CLIENT_ADDRESS_HEADER]: "::ffff:127.0.0.2" }))).toBe("127.0.0.2");
    expect(clientAddress(req({ "x-forwarded-for": "5.6.7.8" }))).toBe("unknown");
  });

  it("uses the last X-Forwarded-For hop behind a trusted proxy", () => {
    process.env.SWARMNET_TRUST_PROXY = "1";
    process.env.SWARMNET_SOCKET_ADDRESS_HEADER = "1";
    resetEnv();
    resetEnv();
    expect(clientAddress(req({ "x-forwarded-for": "9.9.9.9, 10.0.0.5" }))).toBe("10.0.0.5");
  });
});

describe("bucketOf", () => {
  it.each([
    ["10.0.0.1", "10.0.0.1"],
    ["::ffff:10.0.0.1", "10.0.0.1"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:DB8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("%s → %s", (address, bucket) => {
    expect(bucketOf(address)).toBe(bucket);
  });
});
