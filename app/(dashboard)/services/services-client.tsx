"use client";

import { memo, useMemo, useState } from "react";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { LiveRow } from "@/components/live/live-row";
import { EndpointModeBadge } from "@/components/services/endpoint-mode-badge";
import { PortList } from "@/components/services/port-list";
import { Replicas } from "@/components/services/replicas";
import { Count } from "@/components/ui/count";
import { PageHeader } from "@/components/ui/page-header";
import { SearchInput } from "@/components/ui/search-input";
import { SortableTH, useSortedRows } from "@/components/ui/sortable";
import { EmptyRow, Table, TBody, TD, THead } from "@/components/ui/table";
import { networkHref, serviceHref, TextLink } from "@/components/ui/text-link";
import { useMessages } from "@/lib/i18n/provider";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import type { SortValue } from "@/lib/sort";
import { sortedServices } from "@/lib/topology";

/**
 * One row. Memoised: a live patch keeps unchanged services as the same objects,
 * so at hundreds of services only the changed rows render again.
 */
const ServiceRow = memo(function ServiceRow({ s }: { s: Service }) {
  const m = useMessages();
  return (
    <LiveRow name={s.name}>
      <TD>
        <TextLink href={serviceHref(s.name)}>{s.name}</TextLink>
      </TD>
      <TD>{s.mode}</TD>
      <TD className="text-right">
        <Replicas service={s} />
      </TD>
      <TD>
        <EndpointModeBadge mode={s.endpointMode} />
      </TD>
      <TD>
        {s.vips.length === 0 ? (
          <span className="text-slate-400">{m.services.none}</span>
        ) : (
          <ul className="space-y-0.5">
            {s.vips.map((v) => (
              <li key={v.networkId} className="font-mono whitespace-nowrap">
                <span className="text-slate-400">{`${v.networkName}:`}</span> {v.addr}
              </li>
            ))}
          </ul>
        )}
      </TD>
      <TD>
        <PortList ports={s.ports} />
      </TD>
      <TD>
        {s.networks.length === 0 ? (
          <span className="text-slate-400">{m.services.none}</span>
        ) : (
          <ul className="flex flex-wrap gap-x-2 gap-y-0.5">
            {s.networks.map((n) => (
              <li key={n.id}>
                <TextLink href={networkHref(n.name)}>{n.name}</TextLink>
              </li>
            ))}
          </ul>
        )}
      </TD>
      <TD className="font-mono break-all text-slate-300">{s.image}</TD>
    </LiveRow>
  );
});

type ServiceColumn =
  | "name"
  | "mode"
  | "replicas"
  | "endpointMode"
  | "vips"
  | "ports"
  | "networks"
  | "image";

const joined = (items: string[]) => (items.length === 0 ? null : items.join(" "));

function serviceCell(s: Service, column: ServiceColumn): SortValue {
  switch (column) {
    case "replicas":
      return s.runningTasks;
    case "vips":
      return joined(s.vips.map((v) => v.addr));
    case "ports":
      return s.ports.length === 0 ? null : (s.ports[0]?.published ?? 0);
    case "networks":
      return joined(s.networks.map((n) => n.name));
    default:
      return s[column];
  }
}

function ServicesTable({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const c = m.services.columns;
  const [query, setQuery] = useState("");
  const all = useMemo(() => sortedServices(snapshot), [snapshot]);
  const q = query.trim().toLowerCase();
  const filtered = q ? all.filter((s) => s.name.toLowerCase().includes(q)) : all;
  const { sorted: rows, header } = useSortedRows<Service, ServiceColumn>(
    filtered,
    "name",
    serviceCell,
    (s) => s.name,
  );
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <SearchInput
          label={m.common.filterByName}
          placeholder={`${m.common.filter}…`}
          value={query}
          onChange={setQuery}
        />
        <Count n={rows.length} total={all.length} />
      </div>
      <Table aria-label={m.services.title}>
        <THead>
          <tr>
            <SortableTH {...header("name")}>{c.name}</SortableTH>
            <SortableTH {...header("mode")}>{c.mode}</SortableTH>
            <SortableTH {...header("replicas")} className="text-right">
              {c.replicas}
            </SortableTH>
            <SortableTH {...header("endpointMode")}>{c.endpointMode}</SortableTH>
            <SortableTH {...header("vips")}>{c.vips}</SortableTH>
            <SortableTH {...header("ports")}>{c.ports}</SortableTH>
            <SortableTH {...header("networks")}>{c.networks}</SortableTH>
            <SortableTH {...header("image")}>{c.image}</SortableTH>
          </tr>
        </THead>
        <TBody>
          {rows.length === 0 ? <EmptyRow colSpan={8}>{m.services.empty}</EmptyRow> : null}
          {rows.map((s) => (
            <ServiceRow key={s.id} s={s} />
          ))}
        </TBody>
      </Table>
    </>
  );
}

export function ServicesClient() {
  const m = useMessages();
  return (
    <>
      <PageHeader title={m.services.title} />
      <WithSnapshot>{(s) => <ServicesTable snapshot={s} />}</WithSnapshot>
    </>
  );
}
