"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AddressKind, SubnetMap } from "@/lib/addresses/map";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { addressesQuery } from "@/lib/query/addresses";

const KIND_TONE: Record<AddressKind, Tone> = {
  gateway: "neutral",
  vip: "accent",
  task: "good",
  container: "info",
  lb: "warn",
};

/** Rows shown before "show all": a /16 can hold thousands. */
const FIRST_ROWS = 50;

/** Counts in the page's language: a /16 has 65,536 addresses (65.536 in Spanish). */
function useFormatNumber(): (value: number) => string {
  const locale = useLocale();
  return (value) => formatNumber(value, locale);
}

/** One bar for the whole subnet: used runs in colour, free runs dark, widths by count. */
function UsageBar({ subnet }: { subnet: SubnetMap }) {
  const t = useMessages().addressMap;
  const n = useFormatNumber();
  const total = subnet.ranges.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return null;
  return (
    <div
      role="img"
      aria-label={`${t.picture}: ${n(subnet.used)} ${t.usedRange}, ${n(subnet.free)} ${t.freeRange}`}
      className="flex h-4 w-full overflow-hidden rounded border border-slate-700 bg-slate-950"
    >
      {subnet.ranges.map((r) => (
        <div
          key={r.from}
          title={`${r.from}–${r.to}: ${n(r.count)} ${r.used ? t.usedRange : t.freeRange}`}
          className={r.used ? "bg-sky-500" : "bg-slate-900"}
          style={{ flexGrow: r.count, flexBasis: 0, minWidth: r.used ? 2 : 0 }}
        />
      ))}
    </div>
  );
}

function Subnet({ subnet }: { subnet: SubnetMap }) {
  const t = useMessages().addressMap;
  const n = useFormatNumber();
  const [all, setAll] = useState(false);
  const rows = all ? subnet.addresses : subnet.addresses.slice(0, FIRST_ROWS);
  const c = t.columns;
  return (
    <div className="space-y-3">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {(
          [
            ["subnet", t.subnet, subnet.subnet],
            ...(subnet.ipRange ? [["iprange", t.ipRange, subnet.ipRange]] : []),
            ["size", t.size, n(subnet.size)],
            ["usable", t.usable, n(subnet.usable)],
            ["used", t.used, n(subnet.used)],
            ["free", t.free, n(subnet.free)],
          ] as [string, string, string][]
        ).map(([id, label, value]) => (
          <div key={id} className="flex gap-2">
            <dt className="text-slate-400">{label}</dt>
            <dd className="font-mono text-slate-100" data-testid={`subnet-${id}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <UsageBar subnet={subnet} />
      <Table aria-label={`${t.title} ${subnet.subnet}`}>
        <THead>
          <tr>
            <TH>{c.ip}</TH>
            <TH>{c.kind}</TH>
            <TH>{c.owner}</TH>
            <TH>{c.node}</TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((a) => (
            <TR key={a.ip}>
              <TD className="font-mono">{a.ip}</TD>
              <TD>
                <Badge tone={KIND_TONE[a.kind]}>{t.kind[a.kind]}</Badge>
              </TD>
              <TD className="break-all">{a.owner}</TD>
              <TD>{a.node ?? "—"}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {!all && subnet.addresses.length > FIRST_ROWS ? (
        <Button variant="secondary" onClick={() => setAll(true)}>
          {t.showAll} ({n(subnet.addresses.length)})
        </Button>
      ) : null}
    </div>
  );
}

/** The network detail page's address map (`GET /api/networks/:id/addresses`). */
export function AddressMap({ networkId, revision }: { networkId: string; revision: number }) {
  const t = useMessages().addressMap;
  const { data, error, isPending } = useQuery(addressesQuery(networkId, revision));
  return (
    <Card title={t.title}>
      <p className="mb-3 text-sm text-slate-400">{t.intro}</p>
      {isPending ? <p className="text-sm text-slate-400">{t.loading}</p> : null}
      {error && !data ? (
        <p role="alert" className="text-sm text-rose-300">
          {t.error} {error.message}
        </p>
      ) : null}
      {data?.warning ? (
        <div
          role="status"
          className="mb-3 rounded border border-amber-700 bg-amber-950/60 p-3 text-sm text-amber-100"
        >
          <p className="font-semibold">{data.warning.title}</p>
          <p className="mt-1">{data.warning.detail}</p>
        </div>
      ) : null}
      {data?.unknownNodes.length ? (
        <p className="mb-3 text-sm text-slate-400">
          {t.unknownNodes} {data.unknownNodes.join(", ")}.
        </p>
      ) : null}
      {data && data.subnets.length === 0 ? (
        <p className="text-sm text-slate-400">{t.noSubnet}</p>
      ) : null}
      <div className="space-y-6">
        {data?.subnets.map((s) => (
          <Subnet key={s.subnet} subnet={s} />
        ))}
      </div>
    </Card>
  );
}
