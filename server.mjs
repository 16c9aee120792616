// `npm start`: Next.js behind a plain Node HTTP server, for one reason: route handlers and the
// proxy cannot see the TCP connection, and login limits must be per client address. This
// server writes the socket's address into X-Swarmnet-Client-Address on every request,
// overwriting whatever a client sent under that name, and marks the process so that
// lib/auth/client-address.ts trusts the header only when it comes from here.
// Usage as `next start`: `node server.mjs [-p PORT] [-H HOSTNAME]` (PORT in the
// environment too). The same file serves both layouts:
// - the project directory after `next build` (`npm start`): next.config.js is read as usual;
// - the image (Dockerfile): .next/standalone has no next.config.js, only the configuration
//   the build resolved, in .next/required-server-files.json, which Next's standalone
//   server passes through __NEXT_PRIVATE_STANDALONE_CONFIG, as this does.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";

function option(args, short, long) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === short || arg === long) return args[i + 1];
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
  }
  return undefined;
}

const args = process.argv.slice(2);
const port = Number(option(args, "-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option(args, "-H", "--hostname");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`swarmnet: invalid port ${port}`);
  process.exit(1);
}

process.env.NODE_ENV ??= "production";
process.env.PORT = String(port);
process.env.SWARMNET_SOCKET_ADDRESS_HEADER = "1";
if (!existsSync("next.config.js") && existsSync(".next/required-server-files.json")) {
  const { config } = JSON.parse(readFileSync(".next/required-server-files.json", "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}
// Imported after the configuration is in place.
const { default: next } = await import("next");

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  req.headers["x-swarmnet-client-address"] = req.socket.remoteAddress ?? "unknown";
  handle(req, res).catch((e) => {
    console.error("[swarmnet] request failed", e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`swarmnet: listening on http://${hostname ?? "0.0.0.0"}:${port}`);
});
