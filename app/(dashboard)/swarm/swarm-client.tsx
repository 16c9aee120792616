"use client";

import { WithSnapshot } from "@/components/docker/use-snapshot";
import { JoinCommands } from "@/components/swarm/join-commands";
import { Card, DefinitionList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Swarm } from "@/lib/model/swarm";
import { firewallPorts, localNodeName } from "@/lib/topology";

function Cluster({ swarm }: { swarm: Swarm }) {
  const m = useMessages();
  const t = m.swarm;
  return (
    <Card title={t.cluster}>
      <DefinitionList
        items={[
          [t.clusterId, swarm.id],
          [t.created, <Time key="c" iso={swarm.createdAt} />],
          [t.addrPool, swarm.defaultAddrPool.join(", ") || "—"],
          [t.subnetSize, `/${swarm.subnetSize}`],
          [t.dataPathPort, `${swarm.dataPathPort}/udp`],
        ]}
      />
    </Card>
  );
}

function Firewall({ swarm }: { swarm: Swarm | null }) {
  const m = useMessages();
  const t = m.swarm;
  const rows = firewallPorts(swarm);
  return (
    <Card title={t.firewall}>
      <p className="mb-3 text-sm text-slate-300">{t.firewallIntro}</p>
      <Table aria-label={t.firewall}>
        <THead>
          <tr>
            <TH>{t.port}</TH>
            <TH>{t.protocol}</TH>
            <TH>{t.purpose}</TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((p, i) => (
            <TR key={`${p.port}/${p.protocol}`}>
              <TD className="font-mono tabular-nums">{p.port}</TD>
              <TD className="font-mono">{p.protocol}</TD>
              {/* lib/topology lists them in this order: raft, gossip tcp+udp, VXLAN. */}
              <TD>
                {[t.purposes.manager, t.purposes.gossip, t.purposes.gossip, t.purposes.data][i] ??
                  p.purpose}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}

function Engine({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.swarm;
  const e = snapshot.engine;
  return (
    <Card title={t.engine}>
      <DefinitionList
        items={[
          [t.host, e.host],
          [t.version, e.version],
          [t.apiVersion, e.apiVersion],
          [t.name, e.name],
          [t.os, e.os],
          [t.state, e.swarmState],
          ...(snapshot.swarm ? [[t.node, localNodeName(snapshot)] as [string, string]] : []),
        ]}
      />
    </Card>
  );
}

function Overview({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.swarm;
  const swarm = snapshot.swarm;
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {swarm ? (
        <>
          <Cluster swarm={swarm} />
          <Engine snapshot={snapshot} />
          <div className="xl:col-span-2">
            <Firewall swarm={swarm} />
          </div>
          <div className="xl:col-span-2">
            <JoinCommands snapshot={snapshot} />
          </div>
        </>
      ) : (
        <>
          <Card title={t.cluster}>
            <p role="status" className="text-amber-200">
              {t.notActive}
            </p>
          </Card>
          <Engine snapshot={snapshot} />
          <div className="xl:col-span-2">
            <Firewall swarm={null} />
          </div>
        </>
      )}
    </div>
  );
}

export function SwarmClient() {
  const m = useMessages();
  const t = m.swarm;
  return (
    <>
      <PageHeader title={t.title} />
      <WithSnapshot>{(s) => <Overview snapshot={s} />}</WithSnapshot>
    </>
  );
}
