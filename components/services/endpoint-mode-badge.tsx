import { Badge } from "@/components/ui/badge";
import type { Service } from "@/lib/model/service";

/** vip (Docker balances behind one address) or dnsrr (clients get the task IPs). */
export function EndpointModeBadge({ mode }: { mode: Service["endpointMode"] }) {
  return <Badge tone={mode === "vip" ? "info" : "warn"}>{mode}</Badge>;
}
