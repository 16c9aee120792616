import { route } from "@/lib/api/route";
import { getSwarm } from "@/lib/docker";

export const dynamic = "force-dynamic";

// Join tokens only for admins: viewers and the wall never receive them.
export const GET = route({ operation: "swarm.read", access: "viewer" }, ({ role }) =>
  getSwarm(role === "admin"),
);
