import { parseQuery, route } from "@/lib/api/route";
import { diagnose } from "@/lib/diagnostics/server/run";
import { buildSnapshot } from "@/lib/docker";
import { diagnosticsQuerySchema } from "@/lib/schemas/diagnostics-query";
import { forRole } from "@/lib/security/hidden";

export const dynamic = "force-dynamic";

export const GET = route(
  { operation: "diagnostics.read", access: "viewer" },
  async ({ searchParams, role }) => {
    const query = parseQuery(searchParams, diagnosticsQuerySchema);
    // Fix commands quote labels (`--label k=v`): viewers' findings are built from redacted data.
    return diagnose(forRole(await buildSnapshot(), role), {
      probe: query.probe !== "0",
      ...(query.underlayMtu === undefined ? {} : { underlayMtu: query.underlayMtu }),
    });
  },
);
