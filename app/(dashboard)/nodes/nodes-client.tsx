"use client";

import { WithSnapshot } from "@/components/docker/use-snapshot";
import { Badge, type Tone } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { messages } from "@/lib/messages";
import type { Snapshot } from "@/lib/model/snapshot";
import { advertiseAddr, nodeRows } from "@/lib/topology";

const m = messages();
const c = m.nodes.columns;

const availabilityTone = (a: string): Tone =>
  a === "active" ? "good" : a === "drain" ? "bad" : "warn";

function NodesTable({ snapshot }: { snapshot: Snapshot }) {
  const rows = nodeRows(snapshot);
  return (
    <Table aria-label={m.nodes.title}>
      <THead>
        <tr>
          <TH>{c.hostname}</TH>
          <TH>{c.role}</TH>
          <TH>{c.availability}</TH>
          <TH>{c.state}</TH>
          <TH>{c.engine}</TH>
          <TH>{c.advertise}</TH>
          <TH>{c.dataPath}</TH>
          <TH className="text-right">{c.tasks}</TH>
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
                {n.dataPathAddr ?? (
                  <span className="font-sans text-slate-400">{m.nodes.dataPathUnknown}</span>
                )}
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
  return (
    <>
      <PageHeader title={m.nodes.title} />
      <WithSnapshot>{(s) => <NodesTable snapshot={s} />}</WithSnapshot>
    </>
  );
}
