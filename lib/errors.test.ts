import { describe, expect, it } from "vitest";
import { AppError, isAppError } from "./errors";

describe("isAppError", () => {
  it("recognises an AppError built by another bundle's copy of the class", () => {
    // What a production build does: each route bundle has its own copy of lib/errors.ts,
    // while the live model (one per process) throws errors made by whichever bundle built it.
    const brand = Symbol.for("swarmnet.AppError");
    class OtherBundleAppError extends Error {
      readonly [brand] = true;
      readonly code = "unavailable";
    }
    expect(isAppError(new OtherBundleAppError("down"))).toBe(true);
    expect(isAppError(new AppError("not_found", "x"))).toBe(true);
    expect(isAppError(new Error("plain"))).toBe(false);
    expect(isAppError({ code: "unavailable" })).toBe(false);
  });
});
