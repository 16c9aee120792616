"use client";

import type { ReactNode } from "react";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { EndpointModeBadge } from "@/components/services/endpoint-mode-badge";
import { EndpointModeSwitch } from "@/components/services/endpoint-mode-switch";
import { PortsEditor } from "@/components/services/ports-editor";
import { Replicas } from "@/components/services/replicas";
import { ServiceNetworksEditor } from "@/components/services/service-networks-editor";
import { TaskStateBadge } from "@/components/services/task-state-badge";
import { Badge } from "@/components/ui/badge";
import { Card, DefinitionList } from "@/components/ui/card";
import { NotFoundState } from "@/components/ui/not-found-state";
import { PageHeader } from "@/components/ui/page-header";
import { TD, TR } from "@/components/ui/table";
import { TableCard } from "@/components/ui/table-card";
import { networkHref, TextLink } from "@/components/ui/text-link";
import { Time } from "@/components/ui/time";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import {
  type ServiceDetail,
  serviceDetail,
  serviceNetworkRows,
  sortTaskRows,
} from "@/lib/topology";

function Overview({ d }: { d: ServiceDetail }) {
  const m = useMessages();
  const t = m.serviceDetail;
  const s = d.service;
  const items: [ReactNode, ReactNode][] = [
    [t.id, s.id],
    [t.mode, s.mode],
    [t.replicas, <Replicas key="r" service={s} />],
    [t.endpointMode, <EndpointModeBadge key="e" mode={s.endpointMode} />],
    [t.image, s.image],
    [t.created, <Time key="c" iso={s.createdAt} />],
    [t.updated, <Time key="u" iso={s.updatedAt} />],
  ];
  if (s.previousEndpointMode) items.push([t.previousEndpointMode, s.previousEndpointMode]);
  return (
    <Card title={t.overview}>
      <DefinitionList items={items} />
    </Card>
  );
}

function Ports({ d }: { d: ServiceDetail }) {
  const m = useMessages();
  const t = m.serviceDetail;
  const c = t.portColumns;
  return (
    <TableCard
      title={t.ports}
      columns={[c.published, c.target, c.protocol, c.mode]}
      sortBy={[(p) => p.published ?? null, (p) => p.target, (p) => p.protocol, (p) => p.mode]}
      rows={d.service.ports}
      empty={t.noPorts}
      counted
    >
      {(p) => (
        <TR key={`${p.published ?? "auto"}-${p.target}-${p.protocol}-${p.mode}`}>
          <TD className="font-mono">{p.published ?? <Badge tone="info">{t.assigned}</Badge>}</TD>
          <TD className="font-mono">{p.target}</TD>
          <TD className="font-mono">{p.protocol}</TD>
          <TD>
            <Badge tone={p.mode === "ingress" ? "accent" : "neutral"}>{p.mode}</Badge>
          </TD>
        </TR>
      )}
    </TableCard>
  );
}

function Networks({ d }: { d: ServiceDetail }) {
  const m = useMessages();
  const t = m.serviceDetail;
  const c = t.networkColumns;
  return (
    <TableCard
      title={t.networks}
      columns={[c.network, c.aliases, c.vip]}
      sortBy={[(n) => n.name, (n) => n.aliases.join(" ") || null, (n) => n.vip]}
      rows={serviceNetworkRows(d.service)}
      empty={t.noNetworks}
      counted
    >
      {(n) => (
        <TR key={n.id}>
          <TD>
            <TextLink href={networkHref(n.name)}>{n.name}</TextLink>
            {n.inSpec ? null : (
              <span className="ml-2 text-xs text-slate-400">{t.addedByDocker}</span>
            )}
          </TD>
          <TD className="font-mono">{n.aliases.length > 0 ? n.aliases.join(", ") : "—"}</TD>
          <TD className="font-mono">{n.vip ?? t.noVips}</TD>
        </TR>
      )}
    </TableCard>
  );
}

function Discovery({ d }: { d: ServiceDetail }) {
  const m = useMessages();
  const t = m.serviceDetail;
  const c = t.discoveryColumns;
  return (
    <TableCard
      title={t.discovery}
      columns={[c.name, c.resolvesTo, c.explanation]}
      rows={d.discovery}
    >
      {(n) => (
        <TR key={n.name}>
          <TD className="font-mono font-medium">{n.name}</TD>
          <TD className="font-mono">
            {n.resolvesTo.length > 0 ? (
              <ul>
                {n.resolvesTo.map((ip) => (
                  <li key={ip}>{ip}</li>
                ))}
              </ul>
            ) : (
              <span className="text-amber-300">{t.nothing}</span>
            )}
          </TD>
          <TD className="text-slate-300">
            {n.name.startsWith("tasks.")
              ? t.discoveryHow.tasks
              : d.service.endpointMode === "vip"
                ? t.discoveryHow.vip
                : t.discoveryHow.dnsrr}
          </TD>
        </TR>
      )}
    </TableCard>
  );
}

function Tasks({ d }: { d: ServiceDetail }) {
  const m = useMessages();
  const t = m.serviceDetail;
  const c = t.taskColumns;
  return (
    <TableCard
      title={t.tasks}
      columns={[c.task, c.slot, c.state, c.desired, c.node, c.addresses, c.error]}
      sortBy={[
        (r) => r.id,
        (r) => r.slot,
        (r) => r.state,
        (r) => r.desiredState,
        (r) => r.nodeName,
        (r) => r.addresses.map((a) => a.addr).join(" ") || null,
        (r) => r.error,
      ]}
      rows={sortTaskRows(d.tasks)}
      empty={t.noTasks}
      counted
    >
      {(task) => (
        <TR key={task.id}>
          <TD className="font-mono" title={task.id}>
            {task.id.slice(0, 12)}
          </TD>
          <TD className="tabular-nums">{task.slot ?? "—"}</TD>
          <TD>
            <TaskStateBadge task={task} />
          </TD>
          <TD className="text-slate-300">{task.desiredState}</TD>
          <TD>{task.nodeName}</TD>
          <TD>
            {task.addresses.length === 0 ? (
              "—"
            ) : (
              <ul className="space-y-0.5">
                {task.addresses.map((a) => (
                  <li key={a.networkId} className="font-mono whitespace-nowrap">
                    <span className="text-slate-400">{`${a.networkName}:`}</span> {a.addr}
                  </li>
                ))}
              </ul>
            )}
          </TD>
          <TD className="max-w-md break-words text-rose-300">{task.error ?? ""}</TD>
        </TR>
      )}
    </TableCard>
  );
}

function Detail({ snapshot, idOrName }: { snapshot: Snapshot; idOrName: string }) {
  const m = useMessages();
  const t = m.serviceDetail;
  const d = serviceDetail(snapshot, idOrName);
  if (!d) {
    return (
      <NotFoundState
        title={t.notFoundTitle}
        hint={t.notFoundHint}
        reference={idOrName}
        back={{ href: "/services", label: t.backToList }}
      />
    );
  }
  return (
    <>
      <PageHeader title={d.service.name}>
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{d.service.mode}</Badge>
          <EndpointModeBadge mode={d.service.endpointMode} />
        </div>
      </PageHeader>
      <div className="grid gap-4 xl:grid-cols-2">
        <Overview d={d} />
        <Discovery d={d} />
        <Ports d={d} />
        <Networks d={d} />
      </div>
      <div className="mt-4 grid gap-4 xl:grid-cols-2">
        <PortsEditor key={`ports-${d.service.id}`} service={d.service} snapshot={snapshot} />
        <div className="grid content-start gap-4">
          <EndpointModeSwitch key={`mode-${d.service.id}`} service={d.service} />
          <ServiceNetworksEditor service={d.service} snapshot={snapshot} />
        </div>
      </div>
      <div className="mt-4">
        <Tasks d={d} />
      </div>
    </>
  );
}

export function ServiceDetailClient({ idOrName }: { idOrName: string }) {
  return <WithSnapshot>{(s) => <Detail snapshot={s} idOrName={idOrName} />}</WithSnapshot>;
}
