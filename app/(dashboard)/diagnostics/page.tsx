import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { DockerUnavailable } from "@/components/docker/docker-unavailable";
import { diagnose } from "@/lib/diagnostics/server/run";
import { buildSnapshot, dockerHost } from "@/lib/docker";
import { isAppError } from "@/lib/errors";
import { getLocale, runWithLocale } from "@/lib/i18n/server";
import { diagnosticsQueryKey } from "@/lib/query/diagnostics";
import { queryKeys } from "@/lib/query/snapshot";
import { forSession } from "@/lib/security/hidden";
import { DiagnosticsClient } from "./diagnostics-client";

export const dynamic = "force-dynamic";

/**
 * Runs the checks on the server for the first paint (one snapshot for both the findings and
 * the object links); "Re-check" then asks /api/diagnostics again.
 */
export default async function DiagnosticsPage() {
  const client = new QueryClient();
  try {
    // Redacted before the checks run: fix commands quote labels.
    const snapshot = await forSession(await buildSnapshot());
    client.setQueryData(queryKeys.snapshot, snapshot);
    // Findings are written in the page's language, like the /api/diagnostics answer.
    const locale = await getLocale();
    const findings = await runWithLocale(locale, () => diagnose(snapshot));
    client.setQueryData(diagnosticsQueryKey, await forSession(findings));
  } catch (e) {
    if (isAppError(e) && e.code === "unavailable") {
      return (
        <DockerUnavailable {...(await forSession({ host: dockerHost(), reason: e.message }))} />
      );
    }
    throw e;
  }
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <DiagnosticsClient />
    </HydrationBoundary>
  );
}
