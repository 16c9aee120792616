import { describe, expect, it } from "vitest";
import { withLocale } from "@/lib/i18n/current";
import { probeCli } from "./cli";

const base = {
  network: "demo-frontend",
  target: "web",
  port: 80,
  addresses: ["10.0.1.2", "10.0.1.3"],
  node: "node2",
  image: "busybox:stable",
};

describe("probeCli", () => {
  it("uses docker run on attachable overlays", () => {
    const lines = probeCli({ ...base, attachable: true });
    expect(lines[0]).toBe(
      "# on node2: docker run --rm --network demo-frontend busybox:stable nslookup web",
    );
    expect(lines[1]).toContain("nslookup tasks.web");
    expect(lines[2]).toContain("'timeout 3 nc -w 2 10.0.1.2 80 -e true && echo 10.0.1.2 ok'");
    expect(lines).toHaveLength(4);
  });

  it("says why and uses a one-off service on other overlays", () => {
    const lines = probeCli({ ...base, attachable: false });
    expect(lines[0]).toMatch(/not attachable/);
    expect(lines[1]).toMatch(
      /^docker service create --name netcheck --detach --restart-condition none --no-resolve-image --constraint node.hostname==node2 --network demo-frontend busybox:stable sh -c 'nslookup web; nslookup tasks.web; /,
    );
    expect(lines.slice(2)).toEqual(["docker service logs netcheck", "docker service rm netcheck"]);
  });

  it("writes its comments in the current language, the commands unchanged", () => {
    const english = probeCli({ ...base, attachable: false });
    const spanish = withLocale("es", () => probeCli({ ...base, attachable: false }));
    expect(spanish[0]).toBe(
      "# demo-frontend no es attachable, así que docker run --network no puede unirse a ella: use un servicio de un solo uso",
    );
    expect(spanish.slice(1)).toEqual(english.slice(1));
    const pinned = withLocale("es", () => probeCli({ ...base, attachable: true }));
    expect(pinned[0]).toBe(
      "# en node2: docker run --rm --network demo-frontend busybox:stable nslookup web",
    );
  });
});
