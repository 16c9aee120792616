import { describe, expect, it } from "vitest";
import { checkMtuBudget, mtuBudget, validateMtu } from "@/lib/net/mtu";

describe("mtuBudget", () => {
  it("leaves 1450 on a 1500 underlay", () => {
    const budget = mtuBudget();
    expect(budget).toMatchObject({ underlayMtu: 1500, overhead: 50, recommendedMax: 1450 });
    expect(budget.note).toBe(
      "VXLAN adds 50 bytes to every packet, so on a 1500-byte underlay the overlay MTU should be at most 1450.",
    );
  });

  it("leaves 1377 when encrypted", () => {
    const budget = mtuBudget(1500, { encrypted: true });
    expect(budget.recommendedMax).toBe(1377);
    expect(budget.note).toContain("IPsec encryption adds up to another 73");
  });

  it("scales with jumbo underlays", () => {
    expect(mtuBudget(9000).recommendedMax).toBe(8950);
  });

  it("warns only above the budget", () => {
    expect(checkMtuBudget(1450, mtuBudget())).toBeNull();
    expect(checkMtuBudget(1451, mtuBudget())).toMatchObject({ field: "mtu", severity: "warning" });
  });
});

describe("validateMtu", () => {
  it.each([67, 65536, 1400.5, Number.NaN])("refuses %s", (mtu) => {
    expect(validateMtu(mtu)).toEqual([
      { field: "mtu", message: "MTU must be a whole number from 68 to 65535", severity: "error" },
    ]);
  });

  it("accepts a sane overlay MTU silently", () => {
    expect(validateMtu(1450)).toEqual([]);
    expect(validateMtu(1200)).toHaveLength(1);
  });

  it("warns below 1280 for IPv6", () => {
    expect(validateMtu(68)).toEqual([
      {
        field: "mtu",
        message: "MTU 68 is below 1280: IPv6 needs at least 1280",
        severity: "warning",
      },
    ]);
  });

  it("warns about jumbo frames and the budget", () => {
    const issues = validateMtu(9001);
    expect(issues.map((issue) => issue.severity)).toEqual(["warning", "warning"]);
    expect(issues[0]?.message).toContain("jumbo frames must be supported end to end");
    expect(validateMtu(9001, { underlayMtu: 9100 })).toHaveLength(1);
  });

  it("uses the encrypted budget", () => {
    expect(validateMtu(1400, { encrypted: true })).toHaveLength(1);
    expect(validateMtu(1400)).toEqual([]);
  });
});
