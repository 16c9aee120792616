"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCanMutate } from "@/components/auth/session-context";
import { ErrorAlert } from "@/components/forms/alerts";
import { CliLine } from "@/components/forms/cli-line";
import { setFlash } from "@/components/forms/flash";
import { MutationReason } from "@/components/forms/mutation-gate";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { networkRemoveCli } from "@/lib/cli/network";
import { useMessages } from "@/lib/i18n/provider";
import type { Network } from "@/lib/model/network";
import { ApiError } from "@/lib/query/fetch-json";
import { invalidateAfterMutation, sendJson } from "@/lib/query/mutate";

type Removed = { removed: string; cli: string; warnings?: string[] };

/** Who uses the network, from a 409's details. */
function usersOf(details: unknown): { services: string[]; containers: string[] } | null {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return null;
  const { services, containers } = details as { services?: unknown; containers?: unknown };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
  return { services: list(services), containers: list(containers) };
}

function RemoveError({ error }: { error: Error }) {
  const m = useMessages();
  const t = m.removeNetwork;
  const users = error instanceof ApiError && error.status === 409 ? usersOf(error.details) : null;
  return (
    <ErrorAlert title={users ? t.inUse : m.forms.failed}>
      <p>{error.message}</p>
      {users && users.services.length > 0 ? (
        <p>
          {t.services}: {users.services.join(", ")}
        </p>
      ) : null}
      {users && users.containers.length > 0 ? (
        <p>
          {t.containers}: {users.containers.join(", ")}
        </p>
      ) : null}
    </ErrorAlert>
  );
}

/** "Remove network" with a confirm step showing `docker network rm NAME`. */
export function RemoveNetwork({ network }: { network: Network }) {
  const m = useMessages();
  const t = m.removeNetwork;
  const { allowed, reason } = useCanMutate();
  const [confirming, setConfirming] = useState(false);
  const client = useQueryClient();
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () =>
      sendJson<Removed>("DELETE", `/api/networks/${encodeURIComponent(network.id)}`),
    onSuccess: async (res) => {
      setFlash({
        scope: "networks",
        title: `${t.removed}: ${res.removed}`,
        cli: res.cli,
        warnings: res.warnings ?? [],
      });
      await invalidateAfterMutation(client);
      router.push("/networks");
    },
  });
  if (network.ingress) {
    return (
      <p className="text-sm text-slate-400">
        {t.ingress} <TextLink href="/ingress">{m.ingressWizard.open}</TextLink>
      </p>
    );
  }
  if (network.system) return <p className="text-sm text-slate-400">{t.system}</p>;
  if (!allowed) return <MutationReason reason={reason} />;
  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t.button}
      </Button>
    );
  }
  return (
    <div
      role="dialog"
      aria-label={t.confirmTitle}
      className="w-full max-w-xl space-y-2 rounded border border-rose-800 bg-slate-900 p-3"
    >
      <p className="font-medium">{t.confirmTitle}</p>
      <p className="text-sm text-slate-300">{t.confirmBody}</p>
      <CliLine command={networkRemoveCli(network.name)} />
      {mutation.error ? <RemoveError error={mutation.error} /> : null}
      <div className="flex gap-2">
        <Button
          variant="danger"
          autoFocus
          disabled={mutation.isPending}
          onClick={() => mutation.mutate()}
        >
          {mutation.isPending ? m.forms.saving : t.confirm}
        </Button>
        <Button
          onClick={() => {
            setConfirming(false);
            mutation.reset();
          }}
        >
          {m.forms.cancel}
        </Button>
      </div>
    </div>
  );
}
