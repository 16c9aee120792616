/** Ports, tokens and addresses shared by playwright.config.ts and the specs. */
export const E2E_PORT = Number(process.env.SWARMNET_E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const UNREACHABLE_DOCKER_HOST = "unix:///tmp/swarmnet-no-such-engine.sock";
export const UNREACHABLE_BASE_URL = `http://127.0.0.1:${E2E_PORT + 1}`;
/** The same engine behind a server started with SWARMNET_READ_ONLY=1. */
export const READ_ONLY_BASE_URL = `http://127.0.0.1:${E2E_PORT + 2}`;

export const ADMIN_TOKEN = "e2e-admin-token-3f9c2a71d04b-5e0a77c1";
export const VIEWER_TOKEN = "e2e-viewer-token-8b1e6d2c55aa-93d4f0b2";

/** Scripts' way in: `Authorization: Bearer`. */
export const asAdmin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
export const asViewer = { Authorization: `Bearer ${VIEWER_TOKEN}` };

/** Browser sessions saved by e2e/global-setup.ts. */
export const ADMIN_STATE = ".swarmnet/e2e/admin.json";
export const VIEWER_STATE = ".swarmnet/e2e/viewer.json";

/** The sandbox engine's docker CLI (the Debian client matches the Debian engine). */
export const DOCKER_HOST = process.env.SWARMNET_TEST_DOCKER_HOST ?? "";
