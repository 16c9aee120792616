import { route } from "@/lib/api/route";
import { latestAudit } from "@/lib/audit/log";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "audit.read", access: "admin" }, () => latestAudit());
