"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { CliLine } from "@/components/forms/cli-line";
import { inputClass, TextField } from "@/components/forms/field";
import { MutationGate } from "@/components/forms/mutation-gate";
import { MutationFeedback } from "@/components/services/mutation-feedback";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { networkHref, TextLink } from "@/components/ui/text-link";
import { serviceNetworkAddCli, serviceNetworkRemoveCli } from "@/lib/cli/service";
import { useMessages } from "@/lib/i18n/provider";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { invalidateAfterMutation, type MutationResult, sendJson } from "@/lib/query/mutate";

const splitAliases = (text: string) => text.split(/[\s,]+/).filter(Boolean);

type Change =
  | { kind: "attach"; network: string; aliases: string[] }
  | { kind: "detach"; network: string };

function NetworksForm({ service, snapshot }: { service: Service; snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.servicesOps;
  const [network, setNetwork] = useState("");
  const [aliases, setAliases] = useState("");
  const [last, setLast] = useState<Change["kind"]>("attach");
  const client = useQueryClient();
  const base = `/api/services/${encodeURIComponent(service.id)}/networks`;
  const mutation = useMutation({
    mutationFn: (change: Change): Promise<Service & MutationResult> =>
      change.kind === "attach"
        ? sendJson<Service>("POST", base, {
            version: service.version,
            network: change.network,
            ...(change.aliases.length > 0 ? { aliases: change.aliases } : {}),
          })
        : sendJson<Service>(
            "DELETE",
            `${base}/${encodeURIComponent(change.network)}?version=${service.version}`,
          ),
    onMutate: (change) => setLast(change.kind),
    onSuccess: async (_res, change) => {
      if (change.kind === "attach") {
        setNetwork("");
        setAliases("");
      }
      await invalidateAfterMutation(client);
    },
  });
  const candidates = snapshot.networks
    .filter(
      (n) =>
        n.scope === "swarm" &&
        n.driver === "overlay" &&
        !n.ingress &&
        !service.networks.some((s) => s.id === n.id),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const aliasList = splitAliases(aliases);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (network) mutation.mutate({ kind: "attach", network, aliases: aliasList });
  };
  return (
    <div className="space-y-4">
      <div>
        <h3 className="mb-2 text-sm font-medium text-slate-200">{t.attachedNow}</h3>
        {service.networks.length === 0 ? (
          <p className="text-sm text-slate-400">{t.noneAttached}</p>
        ) : (
          <ul className="space-y-2">
            {service.networks.map((n) => (
              <li key={n.id} className="flex flex-wrap items-center gap-2 text-sm">
                <TextLink href={networkHref(n.name)}>{n.name}</TextLink>
                {n.aliases.length > 0 ? (
                  <span className="font-mono text-xs text-slate-400">{n.aliases.join(", ")}</span>
                ) : null}
                <code className="font-mono text-xs text-emerald-200">
                  {serviceNetworkRemoveCli(service.name, n.name)}
                </code>
                <Button
                  aria-label={`${t.detach} ${n.name}`}
                  disabled={mutation.isPending}
                  onClick={() => mutation.mutate({ kind: "detach", network: n.name })}
                >
                  {t.detach}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <form onSubmit={submit} aria-label={t.attach} className="space-y-3">
        {candidates.length === 0 ? (
          <p className="text-sm text-slate-400">{t.noCandidates}</p>
        ) : (
          <div className="grid gap-3 md:grid-cols-2">
            <div>
              <label
                htmlFor={`attach-${service.id}`}
                className="mb-1 block text-sm font-medium text-slate-200"
              >
                {t.attachNetwork}
              </label>
              <select
                id={`attach-${service.id}`}
                value={network}
                onChange={(e) => setNetwork(e.target.value)}
                className={inputClass}
              >
                <option value="">{t.chooseNetwork}</option>
                {candidates.map((n) => (
                  <option key={n.id} value={n.name}>
                    {n.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`aliases-${service.id}`}
              label={`${t.aliases} (${m.forms.optional})`}
              hint={t.aliasesHint}
              value={aliases}
              onChange={(e) => setAliases(e.target.value)}
            />
          </div>
        )}
        {network ? (
          <CliLine command={serviceNetworkAddCli(service.name, network, aliasList)} />
        ) : null}
        <MutationFeedback
          error={mutation.error}
          result={mutation.data}
          successTitle={last === "attach" ? t.attached : t.detached}
          onReload={() => mutation.reset()}
        />
        {candidates.length > 0 ? (
          <Button type="submit" variant="primary" disabled={!network || mutation.isPending}>
            {mutation.isPending ? m.forms.saving : t.attach}
          </Button>
        ) : null}
      </form>
    </div>
  );
}

/** Attach a swarm overlay (with aliases) or detach one; each shows its docker command. */
export function ServiceNetworksEditor({
  service,
  snapshot,
}: {
  service: Service;
  snapshot: Snapshot;
}) {
  const m = useMessages();
  const t = m.servicesOps;
  return (
    <Card title={t.networksTitle}>
      <MutationGate>
        <NetworksForm service={service} snapshot={snapshot} />
      </MutationGate>
    </Card>
  );
}
