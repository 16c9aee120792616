import { route } from "@/lib/api/route";
import { readOnlyMode } from "@/lib/auth/tokens";

export const dynamic = "force-dynamic";

/** Who am I: the role and whether changes are turned off (never the token). */
export const GET = route({ operation: "auth.session", access: "viewer" }, async ({ role }) => ({
  role,
  readOnly: readOnlyMode(),
}));
