import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, errorBody, isAppError } from "@/lib/errors";
import { zodIssuesToDetails } from "@/lib/schemas/errors";

/** Who may call a route. Enforced here, in one place (the access issue fills in the checks). */
export type Access = "public" | "viewer" | "admin";

export type RouteContext<Body> = {
  req: NextRequest;
  params: Record<string, string>;
  searchParams: URLSearchParams;
  body: Body;
};

type RouteOptions<S extends z.ZodType | undefined> = {
  /** A stable name for logs and the audit trail, e.g. "network.create". */
  operation: string;
  access: Access;
  /** Request body schema; extra fields and nulls are refused by the schema itself. */
  body?: S;
  /** Status of a successful answer (201 for creations). */
  status?: number;
};

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

async function readJson(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === "") throw new AppError("invalid", "The request needs a JSON body.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON.");
  }
}

async function parseBody<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(req));
  if (!parsed.success) {
    throw new AppError("invalid", "Some fields are not valid.", zodIssuesToDetails(parsed.error));
  }
  return parsed.data;
}

/** Query-string parameters through a shared schema: the same 400 shape as bodies. */
export function parseQuery<S extends z.ZodType>(searchParams: URLSearchParams, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(searchParams));
  if (!parsed.success) {
    throw new AppError("invalid", "Some query parameters are not valid.", zodIssuesToDetails(parsed.error));
  }
  return parsed.data;
}

export function errorResponse(e: unknown): NextResponse {
  const err = isAppError(e) ? e : new AppError("internal", "Unexpected server error.");
  if (!isAppError(e)) console.error("[swarmnet] unexpected error", e);
  return NextResponse.json(errorBody(err), {
    status: err.status,
    headers: { "Cache-Control": "no-store" },
  });
}

/**
 * The one wrapper every route handler goes through: access, body parsing with
 * the shared zod schema, error mapping. Handlers stay a few lines long.
 */
export function route<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S>,
  handler: (
    ctx: RouteContext<S extends z.ZodType ? z.infer<S> : undefined>,
  ) => Promise<unknown>,
) {
  const wrapped = async (req: NextRequest, context?: NextRouteContext): Promise<Response> => {
    try {
      const rawParams = context?.params ? await context.params : {};
      const params = Object.fromEntries(
        Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      const body = (options.body ? await parseBody(req, options.body) : undefined) as S extends z.ZodType
        ? z.infer<S>
        : undefined;
      const result = await handler({ req, params, searchParams: req.nextUrl.searchParams, body });
      if (result instanceof Response) return result;
      return NextResponse.json(result, {
        status: options.status ?? 200,
        headers: { "Cache-Control": "no-store" },
      });
    } catch (e) {
      return errorResponse(e);
    }
  };
  return Object.assign(wrapped, { operation: options.operation, access: options.access });
}
