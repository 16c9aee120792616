import { parseQuery, route } from "@/lib/api/route";
import { diagnosticsQuerySchema, runDiagnostics } from "@/lib/diagnostics/run";

export const dynamic = "force-dynamic";

export const GET = route(
  { operation: "diagnostics.read", access: "viewer" },
  ({ searchParams }) => {
    const query = parseQuery(searchParams, diagnosticsQuerySchema);
    return runDiagnostics({
      probe: query.probe !== "0",
      ...(query.underlayMtu === undefined ? {} : { underlayMtu: query.underlayMtu }),
    });
  },
);
