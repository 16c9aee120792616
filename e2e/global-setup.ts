import { request } from "@playwright/test";
import { ADMIN_STATE, ADMIN_TOKEN, BASE_URL, VIEWER_STATE, VIEWER_TOKEN } from "./support";

/** Signs in once per role through the real login API and keeps the session cookies. */
export default async function globalSetup() {
  for (const [token, file] of [
    [ADMIN_TOKEN, ADMIN_STATE],
    [VIEWER_TOKEN, VIEWER_STATE],
  ] as const) {
    const ctx = await request.newContext({ baseURL: BASE_URL });
    const res = await ctx.post("/api/auth/login", {
      data: { token },
      headers: { Origin: BASE_URL },
    });
    if (!res.ok()) throw new Error(`login failed: ${res.status()} ${await res.text()}`);
    await ctx.storageState({ path: file });
    await ctx.dispose();
  }
}
