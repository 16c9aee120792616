import { describe, expect, it } from "vitest";
import { type Port, PROTOCOLS, PUBLISH_MODES } from "@/lib/model/port";
import { parsePublish } from "@/lib/ports/parse";
import { renderLong, renderPreferred, renderShort } from "@/lib/ports/render";

describe("renderShort", () => {
  it("renders ingress ports", () => {
    expect(renderShort({ published: 8080, target: 80, protocol: "tcp", mode: "ingress" })).toBe(
      "8080:80",
    );
    expect(renderShort({ published: 8080, target: 80, protocol: "udp", mode: "ingress" })).toBe(
      "8080:80/udp",
    );
    expect(renderShort({ target: 80, protocol: "tcp", mode: "ingress" })).toBe("80");
    expect(renderShort({ target: 80, protocol: "sctp", mode: "ingress" })).toBe("80/sctp");
  });

  it("is null for host mode, which the short syntax cannot express", () => {
    expect(renderShort({ published: 8080, target: 80, protocol: "tcp", mode: "host" })).toBeNull();
  });
});

describe("renderLong", () => {
  it("always writes protocol and mode, published only when set", () => {
    expect(renderLong({ published: 8080, target: 80, protocol: "udp", mode: "host" })).toBe(
      "published=8080,target=80,protocol=udp,mode=host",
    );
    expect(renderLong({ target: 80, protocol: "tcp", mode: "ingress" })).toBe(
      "target=80,protocol=tcp,mode=ingress",
    );
  });

  it("prefers the short form", () => {
    expect(renderPreferred({ target: 80, protocol: "tcp", mode: "ingress" })).toBe("80");
    expect(renderPreferred({ target: 80, protocol: "tcp", mode: "host" })).toBe(
      "target=80,protocol=tcp,mode=host",
    );
  });
});

/** mulberry32: a tiny seeded generator so the property test is reproducible. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

function randomPort(random: () => number): Port {
  const edge = [1, 2, 1023, 1024, 65534, 65535];
  const number = () => (random() < 0.2 ? pick(random, edge) : 1 + Math.floor(random() * 65535));
  const base = {
    target: number(),
    protocol: pick(random, PROTOCOLS),
    mode: pick(random, PUBLISH_MODES),
  };
  return random() < 0.3 ? base : { published: number(), ...base };
}

describe("round trips", () => {
  const random = seeded(20240611);
  const ports = Array.from({ length: 2000 }, () => randomPort(random));

  it("parse(renderLong(p)) is [p]", () => {
    for (const port of ports) {
      expect(parsePublish(renderLong(port))).toEqual({ ok: true, ports: [port] });
    }
  });

  it("parse(renderShort(p)) is [p] whenever the short form exists", () => {
    let checked = 0;
    for (const port of ports) {
      const short = renderShort(port);
      if (short === null) {
        expect(port.mode).toBe("host");
        continue;
      }
      checked++;
      expect(parsePublish(short)).toEqual({ ok: true, ports: [port] });
    }
    expect(checked).toBeGreaterThan(500);
  });
});
