import { route } from "@/lib/api/route";
import { getSwarm } from "@/lib/docker";

export const dynamic = "force-dynamic";

// Join tokens stay out until roles exist: only admins will get them.
export const GET = route({ operation: "swarm.read", access: "viewer" }, () =>
  getSwarm(false),
);
