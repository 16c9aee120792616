// A CONNECT proxy for one host only (the npm registry), so that `npm ci` inside an image
// build on a test engine (a network namespace with no route out) reaches the registry the
// host itself uses, and nothing else. Prints "listening <port>" once ready.
//   node scripts/image/npm-proxy.mjs <bind-address> [registry-host]
import net from "node:net";

const [bind = "127.0.0.1", allowed = "registry.npmjs.org"] = process.argv.slice(2);

const server = net.createServer((client) => {
  client.once("data", (head) => {
    const line = head.toString("latin1").split("\r\n")[0] ?? "";
    const m = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]$/.exec(line);
    if (!m || m[1] !== allowed || m[2] !== "443") {
      client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    const upstream = net.connect(Number(m[2]), m[1], () => {
      client.write("HTTP/1.1 200 Connection established\r\n\r\n");
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
});
server.listen(0, bind, () => console.log(`listening ${server.address().port}`));
