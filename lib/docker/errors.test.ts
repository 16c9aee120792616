import { describe, expect, it } from "vitest";
import { toAppError } from "./errors";

const dockerError = (statusCode: number, message: string) =>
  Object.assign(new Error(`(HTTP code ${statusCode}) ${message}`), {
    statusCode,
    json: { message },
  });

describe("toAppError", () => {
  it("maps Swarm's gRPC refusals by their code, not by the HTTP status", () => {
    const e = toAppError(
      dockerError(
        500,
        "rpc error: code = FailedPrecondition desc = ingress network cannot be removed because service abc depends on it",
      ),
      "unix:///x",
    );
    expect(e.code).toBe("conflict");
    expect(e.message).toBe("ingress network cannot be removed because service abc depends on it");
    expect(
      toAppError(
        dockerError(
          500,
          "rpc error: code = AlreadyExists desc = ingress network (x) is already present",
        ),
        "h",
      ).code,
    ).toBe("conflict");
    expect(
      toAppError(
        dockerError(
          500,
          "rpc error: code = InvalidArgument desc = EndpointSpec: port published with ingress mode can't be used with dnsrr mode",
        ),
        "h",
      ).code,
    ).toBe("invalid");
  });

  it("maps HTTP statuses", () => {
    expect(toAppError(dockerError(404, "network x not found"), "h").code).toBe("not_found");
    expect(toAppError(dockerError(409, "network with name x already exists"), "h").code).toBe(
      "conflict",
    );
    expect(toAppError(dockerError(400, "bad"), "h").code).toBe("invalid");
    expect(toAppError(dockerError(500, "boom"), "h").code).toBe("internal");
  });

  it("reports an unreachable socket as unavailable, naming the host", () => {
    const e = toAppError(
      Object.assign(new Error("connect ENOENT /nope.sock"), { code: "ENOENT" }),
      "unix:///nope.sock",
    );
    expect(e.code).toBe("unavailable");
    expect(e.message).toContain("unix:///nope.sock");
  });
});

describe("socket proxy refusals", () => {
  it("become a forbidden error that says the proxy, not Docker, refused and how to allow it", () => {
    const refused = Object.assign(new Error("(HTTP code 403) unexpected - "), {
      statusCode: 403,
      json: { message: "Docker socket proxy: POST /services/web/update is not allowed" },
    });
    const e = toAppError(refused, "tcp://tasks.proxy:2375");
    expect(e.code).toBe("forbidden");
    expect(e.message).toMatch(
      /^Docker socket proxy: POST \/services\/web\/update is not allowed\./,
    );
    expect(e.message).toMatch(/SWARMNET_PROXY_\*_WRITE/);
  });

  it("leaves Docker's own 403 refusals as conflicts", () => {
    const docker = Object.assign(new Error("x"), {
      statusCode: 403,
      json: { message: "operation not supported for pre-defined networks" },
    });
    expect(toAppError(docker, "unix:///x").code).toBe("conflict");
  });
});
