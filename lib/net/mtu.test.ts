import { describe, expect, it } from "vitest";
import { checkMtuBudget, containerMtu, mtuBudget, validateMtu } from "@/lib/net/mtu";

describe("mtuBudget", () => {
  it("recommends the underlay's MTU and explains what containers get", () => {
    const budget = mtuBudget();
    expect(budget).toMatchObject({ underlayMtu: 1500, overhead: 50, recommendedMax: 1500 });
    expect(budget.note).toContain("containers get MTU − 50 (1450 at 1500)");
  });

  it("counts IPsec when encrypted (measured: 1400 → 1324)", () => {
    const budget = mtuBudget(1500, { encrypted: true });
    expect(budget.overhead).toBe(76);
    expect(containerMtu(1400, { encrypted: true })).toBe(1324);
    expect(containerMtu(1500)).toBe(1450);
    expect(budget.note).toContain("26 for IPsec encryption");
  });

  it("scales with jumbo underlays", () => {
    expect(mtuBudget(9000).recommendedMax).toBe(9000);
  });

  it("warns only above the underlay", () => {
    expect(checkMtuBudget(1500, mtuBudget())).toBeNull();
    expect(checkMtuBudget(1501, mtuBudget())).toMatchObject({ field: "mtu", severity: "warning" });
  });
});

describe("validateMtu", () => {
  it.each([67, 65536, 1400.5, Number.NaN])("refuses %s", (mtu) => {
    expect(validateMtu(mtu)).toEqual([
      { field: "mtu", message: "MTU must be a whole number from 68 to 65535", severity: "error" },
    ]);
  });

  it("accepts a sane overlay MTU silently", () => {
    expect(validateMtu(1500)).toEqual([]);
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

  it("compares with the underlay whether encrypted or not", () => {
    expect(validateMtu(1500, { encrypted: true })).toEqual([]);
    expect(validateMtu(1600, { encrypted: true })).toHaveLength(1);
    expect(validateMtu(1500, { underlayMtu: 1400 })).toHaveLength(1);
  });
});
