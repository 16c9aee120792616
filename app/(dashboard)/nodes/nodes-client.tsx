"use client";

import { useQuery } from "@tanstack/react-query";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { NodeFactsCard } from "@/components/nodes/node-facts-card";
import { Badge, type Tone } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { SortableTH, useSortedRows } from "@/components/ui/sortable";
import { EmptyRow, Table, TBody, TD, THead, TR } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { type NodeWithFacts, nodesQuery } from "@/lib/query/nodes";
import type { SortValue } from "@/lib/sort";
import { advertiseAddr, type NodeRow, nodeRows } from "@/lib/topology";

const availabilityTone = (a: string): Tone =>
  a === "active" ? "good" : a === "drain" ? "bad" : "warn";

function DataPath({ node, advertise }: { node: NodeWithFacts | undefined; advertise: string }) {
  const m = useMessages();
  const addr = node?.dataPathAddr;
  if (!addr) return <span className="font-sans text-slate-400">{m.nodes.dataPathUnknown}</span>;
  const shared = addr === advertise;
  return (
    <span className="flex flex-wrap items-center gap-1">
      {addr}
      {shared ? (
        <span title={m.nodes.sharedInterfaceHelp}>
          <Badge tone="warn">{m.nodes.sharedInterface}</Badge>
        </span>
      ) : (
        <Badge tone="good">{m.nodes.separated}</Badge>
      )}
    </span>
  );
}

type NodeColumn =
  | "hostname"
  | "role"
  | "availability"
  | "state"
  | "engine"
  | "advertise"
  | "dataPath"
  | "tasks";

function nodeCell(n: NodeRow, column: NodeColumn, detailed?: NodeWithFacts[]): SortValue {
  switch (column) {
    case "engine":
      return n.engineVersion;
    case "advertise":
      return advertiseAddr(n);
    case "dataPath":
      return detailed?.find((d) => d.id === n.id)?.dataPathAddr ?? null;
    case "tasks":
      return n.taskCount;
    default:
      return n[column];
  }
}

function NodesTable({
  snapshot,
  detailed,
}: {
  snapshot: Snapshot;
  detailed: NodeWithFacts[] | undefined;
}) {
  const m = useMessages();
  const c = m.nodes.columns;
  // Managers first, then by name (nodeRows' order), until a header says otherwise.
  const { sorted: rows, header } = useSortedRows<NodeRow, NodeColumn>(
    nodeRows(snapshot),
    "role",
    (n, column) => nodeCell(n, column, detailed),
    (n) => n.hostname,
  );
  return (
    <Table aria-label={m.nodes.title}>
      <THead>
        <tr>
          <SortableTH {...header("hostname")}>{c.hostname}</SortableTH>
          <SortableTH {...header("role")}>{c.role}</SortableTH>
          <SortableTH {...header("availability")}>{c.availability}</SortableTH>
          <SortableTH {...header("state")}>{c.state}</SortableTH>
          <SortableTH {...header("engine")}>{c.engine}</SortableTH>
          <SortableTH {...header("advertise")}>{c.advertise}</SortableTH>
          <SortableTH {...header("dataPath")}>{c.dataPath}</SortableTH>
          <SortableTH {...header("tasks")} className="text-right">
            {c.tasks}
          </SortableTH>
        </tr>
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={8}>{m.nodes.empty}</EmptyRow> : null}
        {rows.map((n) => {
          const ready = n.state === "ready";
          return (
            <TR key={n.id}>
              <TD className={cn("border-l-2", ready ? "border-transparent" : "border-rose-500")}>
                <span className="font-medium">{n.hostname}</span>
                {n.isLocal ? (
                  <span className="ml-2">
                    <Badge tone="info">{m.nodes.thisNode}</Badge>
                  </span>
                ) : null}
              </TD>
              <TD>
                <span className="flex flex-wrap items-center gap-1">
                  {n.role}
                  {n.leader ? <Badge tone="accent">{m.nodes.leader}</Badge> : null}
                </span>
              </TD>
              <TD>
                <Badge tone={availabilityTone(n.availability)}>{n.availability}</Badge>
              </TD>
              <TD>
                <Badge tone={ready ? "good" : "bad"}>{n.state}</Badge>
                {!ready && n.message ? (
                  <p className="mt-1 text-xs text-rose-300">{n.message}</p>
                ) : null}
              </TD>
              <TD className="font-mono">{n.engineVersion}</TD>
              <TD className="font-mono">{advertiseAddr(n)}</TD>
              <TD className="font-mono">
                <DataPath
                  node={detailed?.find((d) => d.id === n.id)}
                  advertise={advertiseAddr(n)}
                />
              </TD>
              <TD className="text-right tabular-nums">{n.taskCount}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

export function NodesClient() {
  const m = useMessages();
  const { data: detailed } = useQuery(nodesQuery);
  return (
    <>
      <PageHeader title={m.nodes.title} />
      <WithSnapshot>
        {(s) => (
          <>
            <NodesTable snapshot={s} detailed={detailed} />
            <p className="mt-2 text-xs text-slate-400">{m.nodes.dataPathHow}</p>
            <h2 className="mt-6 mb-3 text-lg font-semibold">{m.nodes.perNode}</h2>
            <div className="grid gap-4 lg:grid-cols-2 2xl:grid-cols-3">
              {(detailed ?? []).map((n) => (
                <NodeFactsCard key={n.id} node={n} />
              ))}
            </div>
          </>
        )}
      </WithSnapshot>
    </>
  );
}
