"use client";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useMessages } from "@/lib/i18n/provider";
import type { NetworkPerNode } from "@/lib/topology";

/**
 * Per node: is the network instantiated there (a peer in the network's gossip
 * group), does the node's own engine list it (when swarmnet can ask the node),
 * and the node's tasks with their addresses on this network.
 */
export function PerNodeTable({ rows }: { rows: NetworkPerNode[] }) {
  const m = useMessages();
  const t = m.networkDetail.perNode;
  return (
    <Card title={t.title}>
      <p className="mb-3 text-sm text-slate-400">{t.intro}</p>
      <Table aria-label={t.title}>
        <THead>
          <tr>
            <TH>{t.node}</TH>
            <TH>{t.instantiated}</TH>
            <TH>{t.localCopy}</TH>
            <TH>{t.tasks}</TH>
          </tr>
        </THead>
        <TBody>
          {rows.length === 0 ? <EmptyRow colSpan={4}>{t.none}</EmptyRow> : null}
          {rows.map((r) => (
            <TR key={r.nodeId}>
              <TD className="font-medium">{r.hostname}</TD>
              <TD>{r.peer ? <Badge tone="good">{t.yes}</Badge> : <Badge>{t.no}</Badge>}</TD>
              <TD>
                {r.localCopy === null ? (
                  <span className="text-slate-400">{t.unknown}</span>
                ) : r.localCopy ? (
                  <Badge tone="good">{t.listed}</Badge>
                ) : (
                  <Badge>{t.notListed}</Badge>
                )}
              </TD>
              <TD className="font-mono text-xs">
                {r.tasks.length === 0
                  ? "—"
                  : r.tasks.map((task) => (
                      <span key={`${task.id}-${task.addr}`} className="block">
                        {task.serviceName} {task.addr}
                      </span>
                    ))}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
