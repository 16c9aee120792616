import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { clearSessionCookie } from "@/lib/auth/cookie";

export const dynamic = "force-dynamic";

export const POST = route({ operation: "auth.logout", access: "public" }, async ({ req }) => {
  const res = NextResponse.json({ loggedOut: true });
  clearSessionCookie(res, req);
  return res;
});
