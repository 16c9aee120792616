import { describe, expect, it } from "vitest";
import { createLineSplitter } from "./ndjson";

const collect = () => {
  const lines: string[] = [];
  return { lines, splitter: createLineSplitter((l) => lines.push(l)) };
};

describe("createLineSplitter", () => {
  it("joins a line split across chunks, even mid-token", () => {
    const { lines, splitter } = collect();
    splitter.push('{"Type":"netw');
    splitter.push('ork","Action":"cre');
    expect(lines).toEqual([]);
    splitter.push('ate"}\n');
    expect(lines).toEqual(['{"Type":"network","Action":"create"}']);
    expect(splitter.pending).toBe(0);
  });

  it("emits several lines from one chunk and keeps the tail for the next", () => {
    const { lines, splitter } = collect();
    splitter.push('{"a":1}\n{"b":2}\n{"c":');
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
    splitter.push("3}\n");
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it("handles one character at a time, CRLF and blank lines", () => {
    const { lines, splitter } = collect();
    for (const ch of '{"x":1}\r\n\n{"y":2}\n') splitter.push(ch);
    expect(lines).toEqual(['{"x":1}', '{"y":2}']);
  });

  it("flushes a last line without newline, and reset drops a partial one", () => {
    const { lines, splitter } = collect();
    splitter.push('{"z":1}');
    splitter.flush();
    expect(lines).toEqual(['{"z":1}']);
    splitter.push('{"half":');
    splitter.reset();
    splitter.push('{"w":1}\n');
    expect(lines).toEqual(['{"z":1}', '{"w":1}']);
  });
});
