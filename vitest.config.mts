import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": `${root}test/server-only-stub.ts`,
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "app/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    // Tests against the sandbox engine (*.engine.test.ts) run only when npm test provides one.
    exclude: [
      "**/node_modules/**",
      ...(process.env.SWARMNET_TEST_DOCKER_HOST ? [] : ["**/*.engine.test.ts"]),
    ],
  },
});
