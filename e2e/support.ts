/** Ports and addresses shared by playwright.config.ts and the specs. */
export const E2E_PORT = Number(process.env.SWARMNET_E2E_PORT ?? 3210);
export const UNREACHABLE_DOCKER_HOST = "unix:///tmp/swarmnet-no-such-engine.sock";
export const UNREACHABLE_BASE_URL = `http://127.0.0.1:${E2E_PORT + 1}`;
