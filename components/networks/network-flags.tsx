import { Badge } from "@/components/ui/badge";
import { messages } from "@/lib/messages";
import type { Network } from "@/lib/model/network";

const m = messages();

export function NetworkFlags({ network }: { network: Network }) {
  return (
    <span className="flex flex-wrap gap-1">
      {network.ingress ? <Badge tone="accent">{m.networks.flags.ingress}</Badge> : null}
      {network.attachable ? <Badge tone="info">{m.networks.flags.attachable}</Badge> : null}
      {network.internal ? <Badge tone="warn">{m.networks.flags.internal}</Badge> : null}
      {network.encrypted ? <Badge tone="good">{m.networks.flags.encrypted}</Badge> : null}
    </span>
  );
}
