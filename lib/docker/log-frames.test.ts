import { describe, expect, it } from "vitest";
import { demuxLogs } from "./log-frames";

const frame = (type: number, text: string) => {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
};

describe("demuxLogs", () => {
  it("joins stdout and stderr frames in order", () => {
    const buf = Buffer.concat([frame(1, "a\n"), frame(2, "b\n"), frame(1, "c\n")]);
    expect(demuxLogs(buf)).toBe("a\nb\nc\n");
  });
  it("takes an unframed buffer as text", () => {
    expect(demuxLogs(Buffer.from("swarmnet-probe begin\n"))).toBe("swarmnet-probe begin\n");
  });
});
