"use client";

import { useQuery } from "@tanstack/react-query";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { Flash } from "@/components/forms/flash";
import { AddressMap } from "@/components/networks/address-map";
import { EndpointsTable } from "@/components/networks/endpoints-table";
import { IpamTable } from "@/components/networks/ipam-table";
import { NetworkFlags } from "@/components/networks/network-flags";
import { OptionsTable } from "@/components/networks/options-table";
import { PerNodeTable } from "@/components/networks/per-node-table";
import { RemoveNetwork } from "@/components/networks/remove-network";
import { EndpointModeBadge } from "@/components/services/endpoint-mode-badge";
import { TaskStateBadge } from "@/components/services/task-state-badge";
import { Badge } from "@/components/ui/badge";
import { Card, DefinitionList } from "@/components/ui/card";
import { Count } from "@/components/ui/count";
import { NotFoundState } from "@/components/ui/not-found-state";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { TableCard } from "@/components/ui/table-card";
import { serviceHref, TextLink } from "@/components/ui/text-link";
import { Time } from "@/components/ui/time";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { networkQuery } from "@/lib/query/network";
import { naturalCompare } from "@/lib/sort";
import { type NetworkDetail, networkDetail, sortTaskRows } from "@/lib/topology";

function Overview({ d }: { d: NetworkDetail }) {
  const m = useMessages();
  const t = m.networkDetail;
  const n = d.network;
  return (
    <Card title={t.overview}>
      <DefinitionList
        items={[
          [t.id, n.id],
          [t.driver, n.driver],
          [t.scope, n.scope],
          [t.created, <Time key="created" iso={n.created} />],
          [t.mtu, n.mtu ?? m.networks.defaultMtu],
          [t.ipv6, n.ipv6 ? m.common.yes : m.common.no],
          [t.system, n.system ? m.common.yes : m.common.no],
        ]}
      />
    </Card>
  );
}

function Labels({ labels }: { labels: Record<string, string> }) {
  const m = useMessages();
  const t = m.networkDetail;
  const rows = Object.entries(labels).sort(([a], [b]) => naturalCompare(a, b));
  return (
    <TableCard
      title={t.labels}
      columns={[t.labelColumns.key, t.labelColumns.value]}
      sortBy={[([k]) => k, ([, v]) => v]}
      rows={rows}
      empty={t.noLabels}
    >
      {([k, v]) => (
        <TR key={k}>
          <TD className="font-mono break-all">{k}</TD>
          <TD className="font-mono break-all">{v === "" ? m.common.emptyValue : v}</TD>
        </TR>
      )}
    </TableCard>
  );
}

function Services({ d }: { d: NetworkDetail }) {
  const m = useMessages();
  const t = m.networkDetail;
  const rows = [...d.services].sort((a, b) => naturalCompare(a.service.name, b.service.name));
  const c = t.serviceColumns;
  return (
    <TableCard
      title={t.services}
      columns={[c.service, c.endpointMode, c.vip]}
      sortBy={[(r) => r.service.name, (r) => r.service.endpointMode, (r) => r.vip]}
      rows={rows}
      empty={t.noServices}
      counted
    >
      {({ service, vip }) => (
        <TR key={service.id}>
          <TD>
            <TextLink href={serviceHref(service.name)}>{service.name}</TextLink>
          </TD>
          <TD>
            <EndpointModeBadge mode={service.endpointMode} />
          </TD>
          <TD className="font-mono">{vip ?? "—"}</TD>
        </TR>
      )}
    </TableCard>
  );
}

function Tasks({ d }: { d: NetworkDetail }) {
  const m = useMessages();
  const t = m.networkDetail;
  const rows = sortTaskRows(d.tasks);
  const c = t.taskColumns;
  return (
    <TableCard
      title={t.tasks}
      columns={[c.task, c.service, c.slot, c.state, c.node, c.addr]}
      sortBy={[
        (r) => r.id,
        (r) => r.serviceName,
        (r) => r.slot,
        (r) => r.state,
        (r) => r.nodeName,
        (r) => r.addr,
      ]}
      rows={rows}
      empty={t.noTasks}
      counted
    >
      {(task) => (
        <TR key={`${task.id}-${task.addr}`}>
          <TD className="font-mono" title={task.id}>
            {task.id.slice(0, 12)}
          </TD>
          <TD>
            <TextLink href={serviceHref(task.serviceName)}>{task.serviceName}</TextLink>
          </TD>
          <TD className="tabular-nums">{task.slot ?? "—"}</TD>
          <TD>
            <TaskStateBadge task={task} />
          </TD>
          <TD>{task.nodeName}</TD>
          <TD className="font-mono">{task.addr}</TD>
        </TR>
      )}
    </TableCard>
  );
}

function Containers({ d }: { d: NetworkDetail }) {
  const m = useMessages();
  const t = m.networkDetail;
  const rows = [...d.containers].sort((a, b) => naturalCompare(a.name, b.name));
  const c = t.containerColumns;
  return (
    <TableCard
      title={t.containers}
      columns={[c.name, c.image, c.state, c.ipv4, c.ipv6]}
      sortBy={[
        (r) => r.name,
        (r) => r.image,
        (r) => r.state,
        (r) => r.ipv4,
        (r) => r.networks.find((n) => n.networkId === d.network.id)?.ipv6 ?? null,
      ]}
      rows={rows}
      empty={t.noContainers}
      counted
    >
      {(ctr) => {
        const on = ctr.networks.find((n) => n.networkId === d.network.id);
        return (
          <TR key={ctr.id}>
            <TD className="font-medium">{ctr.name}</TD>
            <TD className="font-mono break-all">{ctr.image}</TD>
            <TD>
              <Badge tone={ctr.state === "running" ? "good" : "neutral"}>{ctr.state}</Badge>
            </TD>
            <TD className="font-mono">{ctr.ipv4 ?? "—"}</TD>
            <TD className="font-mono">{on?.ipv6 ?? "—"}</TD>
          </TR>
        );
      }}
    </TableCard>
  );
}

/** Peers and local endpoints need a verbose inspect, which the snapshot does not carry. */
function Verbose({ networkId }: { networkId: string }) {
  const m = useMessages();
  const t = m.networkDetail;
  const { data, error, isPending } = useQuery(networkQuery(networkId));
  const status = isPending ? (
    <p className="text-sm text-slate-400">{t.verboseLoading}</p>
  ) : error ? (
    <p role="alert" className="text-sm text-rose-300">
      {t.verboseError} {error.message}
    </p>
  ) : null;
  const peers = [...(data?.peers ?? [])].sort((a, b) => naturalCompare(a.name, b.name));
  return (
    <>
      <Card title={t.peers} actions={data ? <Count n={peers.length} /> : null}>
        {status ?? (
          <Table aria-label={t.peers}>
            <THead>
              <tr>
                <TH>{t.peerColumns.name}</TH>
                <TH>{t.peerColumns.ip}</TH>
              </tr>
            </THead>
            <TBody>
              {peers.length === 0 ? <EmptyRow colSpan={2}>{t.noPeers}</EmptyRow> : null}
              {peers.map((p) => (
                <TR key={`${p.name}-${p.ip}`}>
                  <TD>{p.name}</TD>
                  <TD className="font-mono">{p.ip}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title={t.endpoints} actions={data ? <Count n={data.endpoints.length} /> : null}>
        {status ?? (
          <EndpointsTable
            label={t.endpoints}
            endpoints={data?.endpoints ?? []}
            empty={t.noEndpoints}
          />
        )}
      </Card>
      {data ? (
        <div className="xl:col-span-2">
          <PerNodeTable rows={data.perNode} />
        </div>
      ) : null}
    </>
  );
}

function Detail({ snapshot, idOrName }: { snapshot: Snapshot; idOrName: string }) {
  const m = useMessages();
  const t = m.networkDetail;
  const d = networkDetail(snapshot, idOrName);
  if (!d) {
    return (
      <NotFoundState
        title={t.notFoundTitle}
        hint={t.notFoundHint}
        reference={idOrName}
        back={{ href: "/networks", label: t.backToList }}
      />
    );
  }
  const n = d.network;
  return (
    <>
      <PageHeader title={n.name}>
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{n.driver}</Badge>
          <Badge>{n.scope}</Badge>
          <NetworkFlags network={n} />
        </div>
      </PageHeader>
      <Flash scope={`network:${n.name}`} />
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <RemoveNetwork network={n} />
        {n.driver === "overlay" && !n.ingress ? (
          <TextLink href={`/connectivity?network=${encodeURIComponent(n.name)}`}>
            {m.connectivity.checkOverlay}
          </TextLink>
        ) : null}
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <Overview d={d} />
        <Card title={t.ipam}>
          <IpamTable label={t.ipam} ipam={n.ipam} />
        </Card>
        <Card title={t.options}>
          <OptionsTable label={t.options} options={n.options} />
        </Card>
        <Labels labels={n.labels} />
      </div>
      <div className="mt-4 grid gap-4">
        <Services d={d} />
        <Tasks d={d} />
        <Containers d={d} />
        <AddressMap networkId={n.id} revision={snapshot.revision} />
        <div className="grid gap-4 xl:grid-cols-2">
          <Verbose networkId={n.id} />
        </div>
      </div>
    </>
  );
}

export function NetworkDetailClient({ idOrName }: { idOrName: string }) {
  return <WithSnapshot>{(s) => <Detail snapshot={s} idOrName={idOrName} />}</WithSnapshot>;
}
