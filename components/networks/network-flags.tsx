"use client";

import { Badge } from "@/components/ui/badge";
import { useMessages } from "@/lib/i18n/provider";
import type { Network } from "@/lib/model/network";

export function NetworkFlags({ network }: { network: Network }) {
  const m = useMessages();
  return (
    <span className="flex flex-wrap gap-1">
      {network.ingress ? <Badge tone="accent">{m.networks.flags.ingress}</Badge> : null}
      {network.attachable ? <Badge tone="info">{m.networks.flags.attachable}</Badge> : null}
      {network.internal ? <Badge tone="warn">{m.networks.flags.internal}</Badge> : null}
      {network.encrypted ? <Badge tone="good">{m.networks.flags.encrypted}</Badge> : null}
    </span>
  );
}
