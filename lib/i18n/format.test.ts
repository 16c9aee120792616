import { describe, expect, it } from "vitest";
import { formatClock, formatDateTime, formatDecimal, formatNumber } from "./format";

describe("formatDateTime", () => {
  const d = new Date("2026-11-25T15:51:22Z");
  it("writes UTC with a 24-hour clock in each language", () => {
    expect(formatDateTime(d, "en")).toBe("25 Nov 2026, 15:51:22 UTC");
    expect(formatDateTime(d, "es")).toBe("25 nov 2026, 15:51:22 UTC");
  });
});

describe("formatNumber", () => {
  it("groups digits the way each language does", () => {
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(1234567, "es")).toBe("1.234.567");
    expect(formatNumber(1234, "es")).toBe("1234");
  });
});

describe("formatDecimal", () => {
  it("keeps the digits asked for, with each language's decimal mark", () => {
    expect(formatDecimal(12.345, 1, "en")).toBe("12.3");
    expect(formatDecimal(12.345, 1, "es")).toBe("12,3");
    expect(formatDecimal(3, 1, "es")).toBe("3,0");
  });
});

describe("formatClock", () => {
  it("writes the local time with a 24-hour clock", () => {
    const late = new Date(2026, 10, 25, 23, 5, 9).getTime();
    expect(formatClock(late, "en")).toBe("23:05:09");
    expect(formatClock(late, "es")).toBe("23:05:09");
  });
});
