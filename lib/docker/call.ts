import "server-only";
import { AppError } from "@/lib/errors";
import { dockerHost } from "./client";
import { toAppError } from "./errors";

// Counts Docker API calls, so tests can hold the snapshot to a constant number.
let calls = 0;

export function dockerCallCount(): number {
  return calls;
}

/** Every Docker call goes through here: counted, and its errors typed. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  calls += 1;
  try {
    return await fn();
  } catch (e) {
    throw toAppError(e, dockerHost());
  }
}

// Ids and names only: a value such as "../containers/json" must never reach a
// Docker URL path (dockerode does not encode path segments).
const REF = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;

/** Validates an id-or-name before it becomes part of a Docker API path. */
export function ref(kind: string, idOrName: string): string {
  if (!REF.test(idOrName)) throw new AppError("not_found", `No ${kind} named "${idOrName}".`);
  return idOrName;
}
