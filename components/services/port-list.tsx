"use client";

import { useMessages } from "@/lib/i18n/provider";
import type { Port } from "@/lib/model/port";
import { portLabel } from "@/lib/topology";

/** `8080→80/tcp ingress`, one per line; nothing published shows a dash. */
export function PortList({ ports, showMode = true }: { ports: Port[]; showMode?: boolean }) {
  const m = useMessages();
  if (ports.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="space-y-0.5">
      {ports.map((p) => (
        <li
          key={`${p.published ?? "auto"}-${p.target}-${p.protocol}-${p.mode}`}
          className="font-mono"
        >
          {portLabel(p, m.serviceDetail.autoPort)}
          {showMode ? <span className="text-slate-400"> {p.mode}</span> : null}
        </li>
      ))}
    </ul>
  );
}
