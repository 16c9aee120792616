import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { issueError, issueWarning } from "@/lib/net/issue";
import { throwConflicts, warningTexts } from "./conflicts";

describe("throwConflicts / warningTexts", () => {
  const warning = issueWarning("ipam.0.subnet", "inside the pool");
  const error = issueError("ipam.1.subnet", "overlaps net-a");

  it("lets warnings through and returns their texts", () => {
    expect(() => throwConflicts([warning], "The subnets conflict")).not.toThrow();
    expect(warningTexts([warning, error])).toEqual(["inside the pool"]);
  });

  it("turns errors into one 409 listing each field", () => {
    let thrown: unknown;
    try {
      throwConflicts([warning, error, issueError("ipam.2.subnet", "overlaps net-b")], "Conflict");
    } catch (e) {
      thrown = e;
    }
    expect(isAppError(thrown)).toBe(true);
    expect(thrown).toMatchObject({
      code: "conflict",
      message: "Conflict: overlaps net-a; overlaps net-b",
      details: [
        { field: "ipam.1.subnet", message: "overlaps net-a" },
        { field: "ipam.2.subnet", message: "overlaps net-b" },
      ],
    });
  });
});
