"use client";

import { WithSnapshot } from "@/components/docker/use-snapshot";
import { MutationGate } from "@/components/forms/mutation-gate";
import { GwbridgeForm } from "@/components/gwbridge/gwbridge-form";
import { EndpointsTable } from "@/components/networks/endpoints-table";
import { OptionsTable } from "@/components/networks/options-table";
import { Card, DefinitionList } from "@/components/ui/card";
import { Count } from "@/components/ui/count";
import { PageHeader } from "@/components/ui/page-header";
import { networkHref, TextLink } from "@/components/ui/text-link";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { BRIDGE_OPTIONS, gwbridgeView, ipamField, localNodeName } from "@/lib/topology";

function Gwbridge({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.gwbridge;
  const { network, endpoints } = gwbridgeView(snapshot);
  if (!network) {
    return (
      <Card title={t.network}>
        <p role="status" className="text-amber-200">
          {t.missing}
        </p>
      </Card>
    );
  }
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title={t.network}>
          <DefinitionList
            items={[
              [t.onNode, localNodeName(snapshot)],
              [
                t.details,
                <TextLink key="n" href={networkHref(network.name)}>
                  {network.name}
                </TextLink>,
              ],
              [t.subnet, ipamField(network, "subnet")],
              [t.gateway, ipamField(network, "gateway")],
            ]}
          />
        </Card>
        <Card title={t.bridgeOptions}>
          <OptionsTable label={t.bridgeOptions} options={network.options} always={BRIDGE_OPTIONS} />
        </Card>
      </div>
      <Card title={t.endpoints} actions={<Count n={endpoints.length} />}>
        <EndpointsTable label={t.endpoints} endpoints={endpoints} empty={t.noEndpoints} />
      </Card>
    </div>
  );
}

export function GwbridgeClient() {
  const m = useMessages();
  const t = m.gwbridge;
  return (
    <>
      <PageHeader title={t.title} />
      <p className="-mt-2 mb-5 max-w-3xl text-sm text-slate-300">{t.intro}</p>
      <WithSnapshot>
        {(s) => (
          <div className="grid gap-4">
            <Gwbridge snapshot={s} />
            <MutationGate>
              <GwbridgeForm snapshot={s} />
            </MutationGate>
          </div>
        )}
      </WithSnapshot>
    </>
  );
}
