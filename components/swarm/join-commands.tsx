"use client";

import { useQuery } from "@tanstack/react-query";
import { useSession } from "@/components/auth/session-context";
import { Card } from "@/components/ui/card";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Swarm } from "@/lib/model/swarm";
import { joinHostPort } from "@/lib/net/host-port";
import { fetchJson } from "@/lib/query/fetch-json";
import { advertiseAddr } from "@/lib/topology";

/** `docker swarm join` lines, for admins only: the server sends tokens to no one else. */
export function JoinCommands({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const { role } = useSession();
  const { data } = useQuery({
    queryKey: ["swarm", "tokens"],
    queryFn: ({ signal }) => fetchJson<Swarm>("/api/swarm", { signal }),
    enabled: role === "admin",
  });
  if (role !== "admin") return null;
  const leader =
    snapshot.nodes.find((n) => n.leader) ?? snapshot.nodes.find((n) => n.role === "manager");
  const addr =
    leader?.managerAddr ??
    (leader ? joinHostPort(advertiseAddr(leader), 2377) : "<manager-ip>:2377");
  return (
    <Card title={m.swarm.join}>
      <p className="mb-3 text-sm text-slate-300">{m.swarm.joinIntro}</p>
      {data?.joinTokens ? (
        <dl className="space-y-2 text-sm">
          {(["worker", "manager"] as const).map((kind) => (
            <div key={kind}>
              <dt className="text-slate-400">{m.swarm.joinAs[kind]}</dt>
              <dd>
                <code className="block break-all rounded bg-slate-950 p-2 font-mono text-xs">
                  docker swarm join --token {data.joinTokens?.[kind]} {addr}
                </code>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-slate-400">{m.common.loading}</p>
      )}
    </Card>
  );
}
