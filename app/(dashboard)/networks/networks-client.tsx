"use client";

import Link from "next/link";
import { memo, useMemo, useState } from "react";
import { useCanMutate } from "@/components/auth/session-context";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { Flash } from "@/components/forms/flash";
import { LiveRow } from "@/components/live/live-row";
import { NetworkFlags } from "@/components/networks/network-flags";
import { PageHeader } from "@/components/ui/page-header";
import { SortableTH, useSortedRows } from "@/components/ui/sortable";
import { EmptyRow, Table, TBody, TD, THead } from "@/components/ui/table";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import type { SortValue } from "@/lib/sort";
import { ipamField, type NetworkSummary, networkSummaries } from "@/lib/topology";

/**
 * One row. Summaries are derived anew on every change, so the memo compares
 * contents: at hundreds of networks only the rows that changed render again.
 */
const NetworkRow = memo(
  function NetworkRow({ n }: { n: NetworkSummary }) {
    const m = useMessages();
    return (
      <LiveRow name={n.name}>
        <TD>
          <Link
            href={`/networks/${encodeURIComponent(n.name)}`}
            className="font-medium text-sky-300 hover:underline"
          >
            {n.name}
          </Link>
        </TD>
        <TD>{n.driver}</TD>
        <TD>{n.scope}</TD>
        <TD className="font-mono">{ipamField(n, "subnet")}</TD>
        <TD className="font-mono">{ipamField(n, "gateway")}</TD>
        <TD className="font-mono">{ipamField(n, "ipRange")}</TD>
        <TD>
          <NetworkFlags network={n} />
        </TD>
        <TD className="font-mono">{n.mtu ?? m.networks.defaultMtu}</TD>
        <TD className="text-right tabular-nums">{n.serviceCount}</TD>
        <TD className="text-right tabular-nums">{n.containerCount}</TD>
      </LiveRow>
    );
  },
  (a, b) => a.n === b.n || JSON.stringify(a.n) === JSON.stringify(b.n),
);

type NetworkColumn =
  | "name"
  | "driver"
  | "scope"
  | "subnet"
  | "gateway"
  | "ipRange"
  | "flags"
  | "mtu"
  | "services"
  | "containers";

const FLAGS = ["ingress", "internal", "attachable", "encrypted", "ipv6"] as const;

function networkCell(n: NetworkSummary, column: NetworkColumn): SortValue {
  switch (column) {
    case "subnet":
    case "gateway":
    case "ipRange": {
      const text = ipamField(n, column);
      return text === "—" ? null : text;
    }
    case "flags":
      return FLAGS.filter((flag) => n[flag]).join(" ") || null;
    case "mtu":
      return n.mtu;
    case "services":
      return n.serviceCount;
    case "containers":
      return n.containerCount;
    default:
      return n[column];
  }
}

const byName = (n: { name: string }) => n.name;

function NetworksTable({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const c = m.networks.columns;
  const [query, setQuery] = useState("");
  const [driver, setDriver] = useState("");
  const all = useMemo(() => networkSummaries(snapshot), [snapshot]);
  const drivers = useMemo(() => [...new Set(all.map((n) => n.driver))].sort(), [all]);
  const filtered = all.filter(
    (n) =>
      n.name.toLowerCase().includes(query.trim().toLowerCase()) && (!driver || n.driver === driver),
  );
  const { sorted: rows, header } = useSortedRows<NetworkSummary, NetworkColumn>(
    filtered,
    "name",
    networkCell,
    byName,
  );
  return (
    <>
      <div className="mb-3 flex flex-wrap gap-2">
        <input
          type="search"
          aria-label={m.common.filterByName}
          placeholder={`${m.common.filter}…`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="w-64 rounded border border-slate-700 bg-slate-900 px-3 py-1.5 text-sm outline-none focus:border-sky-500"
        />
        <select
          aria-label={m.common.filterByDriver}
          value={driver}
          onChange={(e) => setDriver(e.target.value)}
          className="rounded border border-slate-700 bg-slate-900 px-3 py-1.5 text-sm outline-none focus:border-sky-500"
        >
          <option value="">{m.common.allDrivers}</option>
          {drivers.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <Table aria-label={m.networks.title}>
        <THead>
          <tr>
            <SortableTH {...header("name")}>{c.name}</SortableTH>
            <SortableTH {...header("driver")}>{c.driver}</SortableTH>
            <SortableTH {...header("scope")}>{c.scope}</SortableTH>
            <SortableTH {...header("subnet")}>{c.subnet}</SortableTH>
            <SortableTH {...header("gateway")}>{c.gateway}</SortableTH>
            <SortableTH {...header("ipRange")}>{c.ipRange}</SortableTH>
            <SortableTH {...header("flags")}>{c.flags}</SortableTH>
            <SortableTH {...header("mtu")}>{c.mtu}</SortableTH>
            <SortableTH {...header("services")} className="text-right">
              {c.services}
            </SortableTH>
            <SortableTH {...header("containers")} className="text-right">
              {c.containers}
            </SortableTH>
          </tr>
        </THead>
        <TBody>
          {rows.length === 0 ? <EmptyRow colSpan={10}>{m.networks.empty}</EmptyRow> : null}
          {rows.map((n) => (
            <NetworkRow key={n.id} n={n} />
          ))}
        </TBody>
      </Table>
    </>
  );
}

export function NetworksClient() {
  const m = useMessages();
  const { allowed } = useCanMutate();
  return (
    <>
      <PageHeader title={m.networks.title}>
        {allowed ? (
          <Link
            href="/networks/new"
            className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white outline-none hover:bg-sky-800 focus-visible:ring-2 focus-visible:ring-sky-400"
          >
            {m.networkForm.createLink}
          </Link>
        ) : null}
      </PageHeader>
      <Flash scope="networks" />
      <WithSnapshot>{(s) => <NetworksTable snapshot={s} />}</WithSnapshot>
    </>
  );
}
