import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import type { z } from "zod";
import { type AuditEntry, audit, countUnauthenticated } from "@/lib/audit/log";
import { auditTokenCheck } from "@/lib/auth/auth-audit";
import { type AuthResult, authenticateRequest, type Credential } from "@/lib/auth/authenticate";
import { requestOrigin } from "@/lib/auth/client-address";
import type { Role } from "@/lib/auth/roles";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { readOnlyMode } from "@/lib/auth/tokens";
import { AppError, errorBody, isAppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { requestLocale, runWithLocale } from "@/lib/i18n/server";
import { zodIssuesToDetails } from "@/lib/schemas/errors";
import { LIMITS } from "@/lib/schemas/limits";
import { forRole } from "@/lib/security/hidden";
import { capEventStream } from "@/lib/security/stream-slots";
import { readLimitedText } from "./body";

/**
 * Who may call a route. Enforced here and only here, so no route can forget it
 * (lib/api/route-coverage.test.ts fails for a handler that bypasses this wrapper).
 */
export type Access = "public" | "viewer" | "admin";

export type RouteContext<Body> = {
  req: NextRequest;
  params: Record<string, string>;
  searchParams: URLSearchParams;
  body: Body;
  /** null only on public routes. */
  role: Role | null;
};

type RouteOptions<S extends z.ZodType | undefined> = {
  /** A stable name for logs and the audit trail, e.g. "network.create". */
  operation: string;
  access: Access;
  /** Request body schema; extra fields and nulls are refused by the schema itself. */
  body?: S;
  /** Status of a successful answer (201 for creations). */
  status?: number;
  /** Largest body accepted (413 above); LIMITS.apiBodyBytes unless given. */
  maxBodyBytes?: number;
};

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function readJson(req: NextRequest, maxBytes: number): Promise<unknown> {
  const text = await readLimitedText(req, maxBytes);
  if (text.trim() === "") throw new AppError("invalid", t().errors.needsBody);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid", t().errors.badJson);
  }
}

async function parseBody<S extends z.ZodType>(
  req: NextRequest,
  schema: S,
  maxBytes: number,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(req, maxBytes));
  if (!parsed.success) {
    throw new AppError("invalid", t().errors.invalidFields, zodIssuesToDetails(parsed.error));
  }
  return parsed.data;
}

/** Query-string parameters through a shared schema: the same 400 shape as bodies. */
export function parseQuery<S extends z.ZodType>(
  searchParams: URLSearchParams,
  schema: S,
): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(searchParams));
  if (!parsed.success) {
    throw new AppError("invalid", t().errors.invalidQuery, zodIssuesToDetails(parsed.error));
  }
  return parsed.data;
}

/** The error answer; `role` decides whether it may name the Docker endpoint (admins only). */
export function errorResponse(e: unknown, role: Role | null = null): NextResponse {
  const err = isAppError(e) ? e : new AppError("internal", t().errors.unexpected);
  if (!isAppError(e)) console.error("[swarmnet] unexpected error", e);
  const retryAfter = (err.details as { retryAfter?: unknown } | undefined)?.retryAfter;
  return NextResponse.json(forRole(errorBody(err), role), {
    status: err.status,
    headers: {
      "Cache-Control": "no-store",
      ...(err.code === "rate_limited" && typeof retryAfter === "number"
        ? { "Retry-After": String(retryAfter) }
        : {}),
    },
  });
}

/** Throws 401/403 unless the credential may call a route of this access level with this method. */
function authorize(access: Access, credential: Credential | null, req: NextRequest): void {
  if (access === "public") return;
  if (!credential) {
    throw new AppError("unauthorized", t().errors.signIn);
  }
  const mutation = !READ_METHODS.has(req.method);
  if (mutation && readOnlyMode()) {
    throw new AppError("forbidden", t().errors.readOnly);
  }
  if (access === "admin" && credential.role !== "admin") {
    throw new AppError("forbidden", t().errors.adminOnly);
  }
  if (mutation && credential.via === "cookie" && !isSameOrigin(req)) {
    throw new AppError("forbidden", t().errors.crossSite);
  }
}

type AuditContext = {
  id: string;
  operation: string;
  credential: Credential | null;
  origin: { address: string; userAgent: string };
  params: Record<string, string>;
};

function auditEntry(
  ctx: AuditContext,
  status: number | null,
  result: unknown,
  error?: AppError,
): AuditEntry {
  const cli = (result as { cli?: unknown } | undefined)?.cli;
  return {
    time: new Date().toISOString(),
    id: ctx.id,
    role: ctx.credential?.role ?? "anonymous",
    via: ctx.credential?.via ?? null,
    ...ctx.origin,
    operation: ctx.operation,
    target: ctx.params,
    // Some operations answer several commands (the probe's manual equivalent): one line each.
    cli: typeof cli === "string" ? cli : Array.isArray(cli) ? cli.join("\n") : null,
    status,
    result:
      status === null
        ? "attempt"
        : error
          ? status === 401 || status === 403 || status === 429
            ? "refused"
            : "failed"
          : "ok",
    ...(error ? { message: error.message } : {}),
  };
}

/** 401 for a wrong Bearer token, 429 while its address (or everyone) must wait. */
async function refuseBearer(
  refusal: Extract<AuthResult, { kind: "bearer-refused" }>,
  origin: AuditContext["origin"],
): Promise<never> {
  await auditTokenCheck("bearer", refusal.check, origin);
  if (refusal.check.locked) throw rateLimited(refusal.check.retryAfter);
  throw new AppError("unauthorized", t().errors.badBearer);
}

export function rateLimited(retryAfter: number): AppError {
  return new AppError("rate_limited", t().errors.rateLimited(retryAfter), {
    retryAfter,
  });
}

/**
 * The one wrapper every route handler goes through: authentication, roles,
 * read-only mode, same-origin check, body parsing with the shared zod schema,
 * error mapping, and the audit trail of every mutation: an attempt line before the
 * handler calls Docker (no line, no call) and a result line after.
 */
export function route<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S>,
  handler: (ctx: RouteContext<S extends z.ZodType ? z.infer<S> : undefined>) => Promise<unknown>,
) {
  // Every message of the answer (errors, validation details, findings, warnings) is written
  // in the request's language: the switch's cookie, else Accept-Language. Codes stay as they are.
  const wrapped = (req: NextRequest, context?: NextRouteContext): Promise<Response> =>
    runWithLocale(requestLocale(req), () => handle(req, context));
  const handle = async (req: NextRequest, context?: NextRouteContext): Promise<Response> => {
    // Public routes (health, login) are not audited here: login writes its own lines.
    const mutation = !READ_METHODS.has(req.method) && options.access !== "public";
    const ctx: AuditContext = {
      id: crypto.randomUUID(),
      operation: options.operation,
      credential: null,
      origin: requestOrigin(req),
      params: {},
    };
    let bearerRefused = false;
    try {
      const rawParams = context?.params ? await context.params : {};
      ctx.params = Object.fromEntries(
        Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      if (options.access !== "public") {
        const auth = await authenticateRequest(req);
        if (auth.kind === "bearer-refused") {
          bearerRefused = true;
          await refuseBearer(auth, ctx.origin);
        }
        if (auth.kind === "credential") ctx.credential = auth.credential;
      }
      authorize(options.access, ctx.credential, req);
      const body = (
        options.body
          ? await parseBody(req, options.body, options.maxBodyBytes ?? LIMITS.apiBodyBytes)
          : undefined
      ) as S extends z.ZodType ? z.infer<S> : undefined;
      if (mutation && !(await audit(auditEntry(ctx, null, undefined)))) {
        throw new AppError("unavailable", t().errors.auditDown);
      }
      const result = await handler({
        req,
        params: ctx.params,
        searchParams: req.nextUrl.searchParams,
        body,
        role: ctx.credential?.role ?? null,
      });
      const status = options.status ?? 200;
      if (mutation) await audit(auditEntry(ctx, status, result));
      // Event streams count against a per-client cap until they close.
      if (result instanceof Response) return capEventStream(req, result);
      // Every JSON answer goes through the redaction: secret-looking labels and the engine's
      // address never reach a viewer, whatever route a future change adds.
      return NextResponse.json(forRole(result, ctx.credential?.role ?? null), {
        status,
        headers: { "Cache-Control": "no-store" },
      });
    } catch (e) {
      const response = errorResponse(e, ctx.credential?.role ?? null);
      if (!mutation || bearerRefused) return response; // a refused token wrote its own line
      if (response.status === 401 && !ctx.credential) {
        // No credential at all: anyone can send these, so they are counted, not written.
        countUnauthenticated();
      } else {
        const err = isAppError(e) ? e : new AppError("internal", t().errors.unexpected);
        await audit(auditEntry(ctx, response.status, undefined, err));
      }
      return response;
    }
  };
  return Object.assign(wrapped, { operation: options.operation, access: options.access });
}
