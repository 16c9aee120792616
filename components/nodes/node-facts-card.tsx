"use client";

import { Badge } from "@/components/ui/badge";
import { Card, DefinitionList } from "@/components/ui/card";
import { useMessages } from "@/lib/i18n/provider";
import type { NodeWithFacts } from "@/lib/query/nodes";
import { BRIDGE_OPTIONS } from "@/lib/topology";

/** One node's own view: its docker_gwbridge and the networks its engine lists, or why unknown. */
export function NodeFactsCard({ node }: { node: NodeWithFacts }) {
  const m = useMessages();
  const facts = node.facts;
  return (
    <Card
      title={node.hostname}
      actions={
        <Badge tone={facts?.source === "unknown" ? "warn" : "info"}>
          {m.nodes.factsSource[facts?.source ?? "unknown"]}
        </Badge>
      }
    >
      {!facts || facts.source === "unknown" ? (
        <p className="text-sm text-amber-200">
          {facts?.error ? `${m.nodes.factsError} ${facts.error}` : m.nodes.factsUnknown}
        </p>
      ) : (
        <div className="space-y-3">
          <section aria-label={m.nodes.gwbridgeOn(node.hostname)}>
            <h3 className="mb-1 text-sm font-semibold text-slate-300">{m.nodes.gwbridge}</h3>
            {facts.gwbridge ? (
              <DefinitionList
                items={[
                  ...facts.gwbridge.ipam.map(
                    (i) => [i.subnet, i.gateway ?? "—"] as [string, string],
                  ),
                  ...BRIDGE_OPTIONS.map(
                    (k) =>
                      [
                        k.replace("com.docker.network.bridge.", ""),
                        facts.gwbridge?.options[k] ?? "—",
                      ] as [string, string],
                  ),
                ]}
              />
            ) : (
              <p className="text-sm text-slate-400">{m.nodes.gwbridgeMissing}</p>
            )}
          </section>
          <section>
            <h3 className="mb-1 text-sm font-semibold text-slate-300">{m.nodes.localNetworks}</h3>
            <p className="flex flex-wrap gap-1">
              {(facts.networks ?? [])
                .filter((n) => n.scope === "swarm")
                .map((n) => (
                  <Badge key={n.id}>{n.name}</Badge>
                ))}
            </p>
          </section>
        </div>
      )}
    </Card>
  );
}
