"use client";

import Link from "next/link";
import { memo, useMemo, useState } from "react";
import { useCanMutate } from "@/components/auth/session-context";
import { WithSnapshot } from "@/components/docker/use-snapshot";
import { Flash } from "@/components/forms/flash";
import { LiveRow } from "@/components/live/live-row";
import { NetworkFlags } from "@/components/networks/network-flags";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { messages } from "@/lib/messages";
import type { Snapshot } from "@/lib/model/snapshot";
import { ipamField, type NetworkSummary, networkSummaries } from "@/lib/topology";

const m = messages();
const c = m.networks.columns;

/**
 * One row. Summaries are derived anew on every change, so the memo compares
 * contents: at hundreds of networks only the rows that changed render again.
 */
const NetworkRow = memo(
  function NetworkRow({ n }: { n: NetworkSummary }) {
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

function NetworksTable({ snapshot }: { snapshot: Snapshot }) {
  const [query, setQuery] = useState("");
  const [driver, setDriver] = useState("");
  const all = useMemo(() => networkSummaries(snapshot), [snapshot]);
  const drivers = useMemo(() => [...new Set(all.map((n) => n.driver))].sort(), [all]);
  const rows = all.filter(
    (n) =>
      n.name.toLowerCase().includes(query.trim().toLowerCase()) && (!driver || n.driver === driver),
  );
  return (
    <>
      <div className="mb-3 flex flex-wrap gap-2">
        <input
          type="search"
          aria-label="Filter by name"
          placeholder={`${m.common.filter}…`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="w-64 rounded border border-slate-700 bg-slate-900 px-3 py-1.5 text-sm outline-none focus:border-sky-500"
        />
        <select
          aria-label="Filter by driver"
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
            <TH>{c.name}</TH>
            <TH>{c.driver}</TH>
            <TH>{c.scope}</TH>
            <TH>{c.subnet}</TH>
            <TH>{c.gateway}</TH>
            <TH>{c.ipRange}</TH>
            <TH>{c.flags}</TH>
            <TH>{c.mtu}</TH>
            <TH className="text-right">{c.services}</TH>
            <TH className="text-right">{c.containers}</TH>
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
