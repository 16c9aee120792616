import "server-only";
import { AppError, type ErrorCode, isAppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";

type DockerModemError = Error & {
  statusCode?: number;
  reason?: string;
  json?: { message?: string } | null;
  code?: string;
};

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOENT",
  "EACCES",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  // A DOCKER_HOST name that does not resolve (or, with SWARMNET_NODE_ID, no engine behind
  // it is this node): as unreachable as a refused connection.
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * Swarm answers many refusals as HTTP 500 with a gRPC status in the text
 * ("rpc error: code = FailedPrecondition desc = …"); the gRPC code says what it means.
 */
const GRPC_CODES: Record<string, ErrorCode> = {
  FailedPrecondition: "conflict",
  AlreadyExists: "conflict",
  InvalidArgument: "invalid",
  NotFound: "not_found",
  PermissionDenied: "forbidden",
  Unavailable: "unavailable",
};

const HTTP_CODES: Record<number, ErrorCode> = {
  400: "invalid",
  403: "conflict", // Docker uses 403 for "operation not supported on this network" and similar refusals
  404: "not_found",
  409: "conflict",
  503: "unavailable",
};

/** How deploy/proxy/haproxy.cfg starts the message of every call it refuses. */
export const PROXY_REFUSAL = "Docker socket proxy:";

/** Docker's own message, without the gRPC prefix. */
export function dockerMessage(e: DockerModemError): string {
  const raw = e.json?.message ?? e.message ?? "Docker error";
  return raw.replace(/^rpc error: code = \w+ desc = /, "").trim();
}

/** Maps anything thrown by dockerode to a typed AppError. */
export function toAppError(e: unknown, hostForMessages: string): AppError {
  if (isAppError(e)) return e;
  const err = e as DockerModemError;
  if (
    (err.code && UNREACHABLE.has(err.code)) ||
    err.message === "socket hang up" ||
    /timeout/i.test(err.message ?? "")
  ) {
    return new AppError(
      "unavailable",
      t().errors.unreachable(hostForMessages, err.code ?? err.message ?? ""),
    );
  }
  const message = dockerMessage(err);
  if (err.statusCode === 403 && message.startsWith(PROXY_REFUSAL)) {
    // Not Docker refusing: the socket proxy in front of it (deploy/proxy/haproxy.cfg).
    return new AppError("forbidden", `${message}. ${t().deploy.proxyRefused}`);
  }
  const grpc = /rpc error: code = (\w+)/.exec(err.json?.message ?? err.message ?? "")?.[1];
  const code =
    (grpc && GRPC_CODES[grpc]) || (err.statusCode && HTTP_CODES[err.statusCode]) || "internal";
  return new AppError(code, message);
}
