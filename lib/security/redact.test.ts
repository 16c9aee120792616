import { describe, expect, it } from "vitest";
import {
  isSecretLabelKey,
  isSecretLabelValue,
  REDACTED,
  redactEngine,
  redactForViewer,
  redactLabels,
  redactNetwork,
  redactNode,
  redactPayload,
  redactService,
  redactSnapshot,
} from "./redact";

const BASIC_AUTH = "traefik.http.middlewares.x.basicauth.users";
const HASH = "admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/";

const labels = {
  [BASIC_AUTH]: HASH,
  "com.docker.stack.namespace": "demo",
  DB_PASSWORD: "hunter2",
  "app.Api-Key": "k",
  note: HASH,
  backup: "s3://user:pw@bucket/x",
};

const expected = {
  [BASIC_AUTH]: REDACTED,
  "com.docker.stack.namespace": "demo",
  DB_PASSWORD: REDACTED,
  "app.Api-Key": REDACTED,
  note: REDACTED,
  backup: REDACTED,
};

describe("secret-looking labels", () => {
  it.each([
    BASIC_AUTH,
    "PASSWORD",
    "db.passwd",
    "my_secret",
    "GITHUB_TOKEN",
    "ssh-key",
    "aws.credentials",
    "tls.private",
    "cert.pem",
    "oauth.client",
    "sentry.dsn",
  ])("key %s is secret", (key) => {
    expect(isSecretLabelKey(key)).toBe(true);
  });

  it.each(["com.docker.stack.namespace", "team", "traefik.http.routers.web.rule", "tier"])(
    "key %s is not",
    (key) => {
      expect(isSecretLabelKey(key)).toBe(false);
    },
  );

  it("recognises password hashes and URL credentials in values", () => {
    expect(isSecretLabelValue(HASH)).toBe(true);
    expect(isSecretLabelValue("u:$2y$05$abc")).toBe(true);
    expect(isSecretLabelValue("postgres://app:pw@db/x")).toBe(true);
    expect(isSecretLabelValue("https://example.com/path")).toBe(false);
    expect(isSecretLabelValue("Host(`a.example`)")).toBe(false);
  });

  it("redacts the values, keeping the keys (viewers see that a label exists)", () => {
    expect(redactLabels(labels)).toEqual(expected);
  });
});

describe("per kind", () => {
  it("services, networks (labels and options), nodes (labels and gwbridge options)", () => {
    expect(redactService({ name: "s", labels }).labels).toEqual(expected);
    const net = redactNetwork({
      name: "n",
      labels,
      options: { "encrypted.secret": "x", mtu: "1" },
    });
    expect(net.labels).toEqual(expected);
    expect(net.options).toEqual({ "encrypted.secret": REDACTED, mtu: "1" });
    const node = redactNode({
      labels,
      facts: { nodeId: "x", gwbridge: { ipam: [], options: { "x.token": "t" } } },
    });
    expect(node.labels).toEqual(expected);
    expect(node.facts?.gwbridge?.options).toEqual({ "x.token": REDACTED });
    expect(redactNode({ labels: {}, facts: null }).facts).toBeNull();
    expect(redactEngine({ host: "tcp://10.0.0.1:2376", version: "x" }).host).toBe(REDACTED);
  });

  it("does not change its input", () => {
    const service = { labels: { ...labels } };
    redactService(service);
    expect(service.labels).toEqual(labels);
  });
});

describe("whole payloads", () => {
  const snapshot = {
    fetchedAt: "t",
    engine: { host: "unix:///run/x.sock", apiVersion: "1.41", swarmState: "active", name: "n" },
    nodes: [{ id: "n1", labels }],
    networks: [{ id: "w1", labels, options: {} }],
    services: [{ id: "s1", labels, image: "busybox" }],
    containers: [{ id: "c1", networks: [] }],
    message: "Cannot reach Docker at unix:///run/x.sock: ECONNREFUSED",
  };

  it("leaves admins' payloads as they are", () => {
    expect(redactPayload(snapshot, "admin", ["unix:///run/x.sock"])).toBe(snapshot);
  });

  it("redacts labels at any depth, the engine endpoint and hidden strings for viewers", () => {
    const out = redactSnapshot(snapshot, "viewer", ["unix:///run/x.sock"]);
    expect(out.services[0]?.labels).toEqual(expected);
    expect(out.nodes[0]?.labels).toEqual(expected);
    expect(out.networks[0]?.labels).toEqual(expected);
    expect(out.engine.host).toBe(REDACTED);
    expect(out.message).toBe(`Cannot reach Docker at ${REDACTED}: ECONNREFUSED`);
    expect(JSON.stringify(out)).not.toContain("$apr1$");
    expect(JSON.stringify(out)).not.toContain("x.sock");
    expect(out.services[0]?.image).toBe("busybox");
  });

  it("works on partial objects: a list of services, one network, a bare engine", () => {
    expect(redactForViewer([{ labels }, { labels: {} }])[0]?.labels).toEqual(expected);
    expect(redactForViewer({ services: [{ labels }] }).services[0]?.labels).toEqual(expected);
    expect(redactForViewer(snapshot.engine).host).toBe(REDACTED);
    expect(redactForViewer(null)).toBeNull();
    expect(redactForViewer("plain")).toBe("plain");
  });

  it("treats anonymous callers like viewers", () => {
    expect(redactPayload({ labels }, null).labels).toEqual(expected);
  });
});
