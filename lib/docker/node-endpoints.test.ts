import { describe, expect, it } from "vitest";
import { parseNodeEndpoints, taskIdFromName } from "./node-endpoints";

describe("parseNodeEndpoints", () => {
  it("reads name=url pairs", () => {
    const m = parseNodeEndpoints("node1=unix:///a.sock, node2=tcp://10.0.0.2:2376,");
    expect([...m]).toEqual([
      ["node1", "unix:///a.sock"],
      ["node2", "tcp://10.0.0.2:2376"],
    ]);
    expect(parseNodeEndpoints("").size).toBe(0);
  });

  it("refuses malformed entries", () => {
    expect(() => parseNodeEndpoints("node1")).toThrow(/not name=url/);
    expect(() => parseNodeEndpoints("=x")).toThrow();
  });
});

describe("taskIdFromName", () => {
  it("takes the last segment of replicated and global task names", () => {
    expect(taskIdFromName("web.1.tabeaaq1rskvqz26gwrv93kx1")).toBe("tabeaaq1rskvqz26gwrv93kx1");
    expect(taskIdFromName("agent.1hn15hujmw499zbgfhip70uy9.vf93wwi4wulwbs")).toBe("vf93wwi4wulwbs");
  });
});
