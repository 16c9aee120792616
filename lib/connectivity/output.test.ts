import { describe, expect, it } from "vitest";
import { withLocale } from "@/lib/i18n/current";
import { nslookupAnswers, parseProbeOutput, tcpError } from "./output";

describe("nslookupAnswers", () => {
  it("skips the resolver's own address and collects every answer once", () => {
    const lines = [
      "Server:\t\t127.0.0.11",
      "Address:\t127.0.0.11:53",
      "",
      "Non-authoritative answer:",
      "Name:\ttasks.web",
      "Address: 10.0.1.10",
      "Name:\ttasks.web",
      "Address 2: 10.0.1.11",
      "Address: 10.0.1.10",
    ];
    expect(nslookupAnswers(lines)).toEqual(["10.0.1.10", "10.0.1.11"]);
  });

  it("NXDOMAIN gives no answer", () => {
    expect(
      nslookupAnswers([
        "Server:\t\t127.0.0.11",
        "Address:\t127.0.0.11:53",
        "** server can't find nope: NXDOMAIN",
      ]),
    ).toEqual([]);
  });
});

describe("parseProbeOutput", () => {
  it("reads dns blocks, tcp lines and the end marker", () => {
    const out = parseProbeOutput(
      [
        "swarmnet-probe begin",
        "swarmnet-probe dns-begin web",
        "Name:\tweb",
        "Address: 10.0.1.2",
        "swarmnet-probe dns-end web 0",
        "swarmnet-probe tcp 10.0.1.2 80 1 2000 nc: timed out",
        "swarmnet-probe tcp 10.0.1.3 80 0 10 ",
        "swarmnet-probe end",
      ].join("\n"),
    );
    expect(out.complete).toBe(true);
    expect(out.dns).toEqual([{ name: "web", answers: ["10.0.1.2"], exitCode: 0 }]);
    expect(out.tcp).toEqual([
      { ip: "10.0.1.2", port: 80, exitCode: 1, ms: 2000, message: "nc: timed out" },
      { ip: "10.0.1.3", port: 80, exitCode: 0, ms: 10, message: "" },
    ]);
  });

  it("without the end marker the output is incomplete", () => {
    expect(parseProbeOutput("swarmnet-probe begin\n").complete).toBe(false);
  });
});

describe("tcpError", () => {
  it("names timeouts, refusals and unknown failures", () => {
    expect(tcpError(124, "")).toBe("timed out");
    expect(tcpError(1, "nc: timed out")).toBe("timed out");
    expect(tcpError(1, "nc: can't connect to remote host (10.0.0.1): Connection refused")).toBe(
      "connection refused",
    );
    expect(tcpError(2, "")).toBe("nc exited with 2");
  });

  it("writes them in the current language, nc's own text as it is", () => {
    withLocale("es", () => {
      expect(tcpError(143, "")).toBe("tiempo de espera agotado");
      expect(tcpError(1, "nc: Connection refused")).toBe("conexión rechazada");
      expect(tcpError(1, "nc: No route to host")).toBe("sin ruta al host");
      expect(tcpError(2, "")).toBe("nc terminó con el código 2");
      expect(tcpError(1, "nc: bad address 'x'")).toBe("nc: bad address 'x'");
    });
  });
});
