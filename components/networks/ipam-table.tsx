"use client";

import { EmptyRow, Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useMessages } from "@/lib/i18n/provider";
import type { IpamConfig } from "@/lib/model/network";

/** One row per IPAM config: subnet, gateway and the ip-range tasks get addresses from. */
export function IpamTable({ label, ipam }: { label: string; ipam: IpamConfig[] }) {
  const m = useMessages();
  const c = m.networkDetail.ipamColumns;
  return (
    <Table aria-label={label}>
      <THead>
        <tr>
          <TH>{c.subnet}</TH>
          <TH>{c.gateway}</TH>
          <TH>{c.ipRange}</TH>
        </tr>
      </THead>
      <TBody>
        {ipam.length === 0 ? <EmptyRow colSpan={3}>{m.networkDetail.noIpam}</EmptyRow> : null}
        {ipam.map((i) => (
          <TR key={`${i.subnet}|${i.ipRange ?? ""}`}>
            <TD className="font-mono">{i.subnet}</TD>
            <TD className="font-mono">{i.gateway ?? "—"}</TD>
            <TD className="font-mono">{i.ipRange ?? "—"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
