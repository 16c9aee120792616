"use client";

import { WithSnapshot } from "@/components/docker/use-snapshot";
import { IngressWizard } from "@/components/ingress/ingress-wizard";
import { NetworkFlags } from "@/components/networks/network-flags";
import { EndpointModeBadge } from "@/components/services/endpoint-mode-badge";
import { PortList } from "@/components/services/port-list";
import { Card, DefinitionList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TD, TR } from "@/components/ui/table";
import { TableCard } from "@/components/ui/table-card";
import { networkHref, serviceHref, TextLink } from "@/components/ui/text-link";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { ingressView, ipamField } from "@/lib/topology";

function Ingress({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.ingress;
  const { network, publishers } = ingressView(snapshot);
  const c = t.columns;
  return (
    <div className="grid gap-4">
      <Card title={t.network}>
        {network ? (
          <div className="space-y-3">
            <DefinitionList
              items={[
                [
                  t.details,
                  <TextLink key="n" href={networkHref(network.name)}>
                    {network.name}
                  </TextLink>,
                ],
                [t.subnet, ipamField(network, "subnet")],
                [t.gateway, ipamField(network, "gateway")],
                [t.mtu, network.mtu ?? t.defaultMtu],
              ]}
            />
            <NetworkFlags network={network} />
          </div>
        ) : (
          <p role="status" className="text-amber-200">
            {t.missing}
          </p>
        )}
      </Card>
      <TableCard
        title={t.publishers}
        columns={[c.service, c.ports, c.endpointMode]}
        sortBy={[
          (r) => r.service.name,
          (r) => r.ports[0]?.published ?? null,
          (r) => r.service.endpointMode,
        ]}
        rows={publishers}
        empty={t.noPublishers}
        counted
      >
        {({ service, ports }) => (
          <TR key={service.id}>
            <TD>
              <TextLink href={serviceHref(service.name)}>{service.name}</TextLink>
            </TD>
            <TD>
              <PortList ports={ports} showMode={false} />
            </TD>
            <TD>
              <EndpointModeBadge mode={service.endpointMode} />
            </TD>
          </TR>
        )}
      </TableCard>
      <IngressWizard snapshot={snapshot} />
    </div>
  );
}

export function IngressClient() {
  const m = useMessages();
  const t = m.ingress;
  return (
    <>
      <PageHeader title={t.title} />
      <p className="-mt-2 mb-5 max-w-3xl text-sm text-slate-300">{t.intro}</p>
      <WithSnapshot>{(s) => <Ingress snapshot={s} />}</WithSnapshot>
    </>
  );
}
