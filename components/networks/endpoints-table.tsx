"use client";

import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useMessages } from "@/lib/i18n/provider";
import type { NetworkEndpoint } from "@/lib/model/network";
import { naturalCompare } from "@/lib/sort";

/** Endpoints as `network inspect` lists them: task containers, sandboxes (ingress-sbox), LB endpoints. */
export function EndpointsTable({
  label,
  endpoints,
  empty,
}: {
  label: string;
  endpoints: NetworkEndpoint[];
  empty: string;
}) {
  const m = useMessages();
  const c = m.networkDetail.endpointColumns;
  const rows = [...endpoints].sort((a, b) => naturalCompare(a.name, b.name));
  return (
    <Table aria-label={label}>
      <THead>
        <tr>
          <TH>{c.name}</TH>
          <TH>{c.ipv4}</TH>
          <TH>{c.ipv6}</TH>
          <TH>{c.mac}</TH>
        </tr>
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={4}>{empty}</EmptyRow> : null}
        {rows.map((e) => (
          <TR key={e.id}>
            <TD className="font-mono break-all">{e.name}</TD>
            <TD className="font-mono">{e.ipv4 ?? "—"}</TD>
            <TD className="font-mono">{e.ipv6 ?? "—"}</TD>
            <TD className="font-mono">{e.mac ?? "—"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
