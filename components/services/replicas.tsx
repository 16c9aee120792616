import { cn } from "@/lib/cn";
import type { Service } from "@/lib/model/service";
import { replicaStatus } from "@/lib/topology";

/** running/desired, amber when fewer tasks run than Swarm wants. */
export function Replicas({ service }: { service: Service }) {
  const r = replicaStatus(service);
  return (
    <span className={cn("font-mono tabular-nums", r.healthy ? "text-slate-100" : "text-amber-300")}>
      {`${r.running ?? "?"}/${r.desired ?? "?"}`}
    </span>
  );
}
