"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "@/components/forms/alerts";
import { MutationOutcome } from "@/components/forms/flash";
import { ResultRegion } from "@/components/forms/result-region";
import { Button } from "@/components/ui/button";
import { useMessages } from "@/lib/i18n/provider";
import { ApiError } from "@/lib/query/fetch-json";
import type { MutationResult } from "@/lib/query/mutate";
import { queryKeys } from "@/lib/query/snapshot";

/** A 409 from a stale `version`: the server sends the current service in details.current. */
export function isStaleVersion(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const details = error.details as { current?: unknown } | undefined;
  return typeof details === "object" && details !== null && "current" in details;
}

/**
 * The outcome of a service change: the command that ran and warnings, or the error; a stale
 * version offers Reload (which also discards the form's edits via onReload), never a retry.
 */
export function MutationFeedback(props: Parameters<typeof Feedback>[0]) {
  // The region stays mounted while the message inside it changes; focus follows each outcome.
  return (
    <ResultRegion focusKey={props.error ?? props.result ?? null}>
      <Feedback {...props} />
    </ResultRegion>
  );
}

function Feedback({
  error,
  result,
  successTitle,
  onReload,
}: {
  error: Error | null;
  result: MutationResult | undefined;
  successTitle: string;
  onReload: () => void;
}) {
  const m = useMessages();
  const client = useQueryClient();
  if (error && isStaleVersion(error)) {
    return (
      <ErrorAlert title={m.forms.staleTitle}>
        <p>{m.forms.staleBody}</p>
        <p className="mt-1 text-rose-200">{error.message}</p>
        <Button
          className="mt-2"
          onClick={async () => {
            await client.refetchQueries({ queryKey: queryKeys.snapshot });
            onReload();
          }}
        >
          {m.forms.reload}
        </Button>
      </ErrorAlert>
    );
  }
  if (error) return <ErrorAlert title={m.forms.failed}>{error.message}</ErrorAlert>;
  if (result)
    return (
      <MutationOutcome title={successTitle} cli={result.cli} warnings={result.warnings ?? []} />
    );
  return null;
}
