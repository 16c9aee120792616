import { describe, expect, it } from "vitest";
import { readGwbridgeForm } from "./gwbridge-form";
import { emptyNetworkForm, readNetworkForm, toFormField } from "./network-form";
import { checkRows, parseRows, retypeRow, rowsFromPorts } from "./ports-form";

describe("readNetworkForm", () => {
  it("builds the body, skipping blank IPAM rows and parsing labels and MTU", () => {
    const result = readNetworkForm({
      ...emptyNetworkForm(),
      name: " my-net ",
      attachable: true,
      encrypted: true,
      ipam: [
        { subnet: "", gateway: "", ipRange: "" },
        { subnet: "10.40.0.0/24", gateway: "10.40.0.1", ipRange: "" },
      ],
      mtu: "1400",
      labels: "tier=backend\n\nnote=a=b",
    });
    expect(result.errors).toEqual({});
    expect(result.input).toEqual({
      name: "my-net",
      attachable: true,
      encrypted: true,
      mtu: 1400,
      ipam: [{ subnet: "10.40.0.0/24", gateway: "10.40.0.1" }],
      labels: { tier: "backend", note: "a=b" },
    });
    expect(result.ipamRows).toEqual([1]);
  });

  it("puts schema errors on the form's rows", () => {
    const result = readNetworkForm({
      ...emptyNetworkForm(),
      name: "bad.name",
      ipam: [
        { subnet: "", gateway: "", ipRange: "" },
        { subnet: "10.40.0.1/24", gateway: "", ipRange: "" },
      ],
      mtu: "abc",
      labels: "nokey",
    });
    expect(result.input).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(["ipam.1.subnet", "labels", "mtu", "name"]);
    expect(result.errors.labels).toMatch(/^line 1: /);
  });

  it("maps server fields (body indexes) back to form rows", () => {
    expect(toFormField("ipam.0.subnet", [2])).toBe("ipam.2.subnet");
    expect(toFormField("labels.a", [])).toBe("labels");
    expect(toFormField("name", [])).toBe("name");
  });
});

describe("ports form", () => {
  it("parses both syntaxes per row and reports duplicates and clashes on the right row", () => {
    const rows = [
      { key: "a", text: "8080:80/udp" },
      { key: "b", text: "published=8080,target=81,protocol=udp,mode=host" },
      { key: "c", text: "9090:90" },
      { key: "d", text: "0:1" },
    ];
    const { ports, findings, valid } = checkRows(parseRows(rows), [
      {
        service: "other",
        ports: [{ published: 9090, target: 9, protocol: "tcp", mode: "ingress" }],
      },
    ]);
    expect(valid).toBe(false);
    expect(ports).toHaveLength(3);
    expect(findings[0]?.errors).toEqual([]);
    expect(findings[1]?.errors[0]).toMatch(/already published by entry 1/);
    expect(findings[2]?.errors[0]).toMatch(/routing mesh by service other/);
    expect(findings[3]?.errors[0]).toMatch(/omit it/);
  });

  it("rewrites a row from the selects, splitting ranges", () => {
    expect(retypeRow("8080:80", { mode: "host" })).toEqual([
      "published=8080,target=80,protocol=tcp,mode=host",
    ]);
    expect(
      retypeRow("published=53,target=53,mode=host", { protocol: "udp", mode: "ingress" }),
    ).toEqual(["53:53/udp"]);
    expect(retypeRow("8080-8081:80-81", { protocol: "sctp" })).toEqual([
      "8080:80/sctp",
      "8081:81/sctp",
    ]);
    expect(retypeRow("nope", { mode: "host" })).toBeNull();
  });

  it("starts from the service's ports in their preferred syntax", () => {
    expect(
      rowsFromPorts([
        { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
        { target: 90, protocol: "udp", mode: "host" },
      ]).map((r) => r.text),
    ).toEqual(["8080:80", "target=90,protocol=udp,mode=host"]);
  });
});

describe("readGwbridgeForm", () => {
  const context = {
    existing: [
      { name: "docker_gwbridge", subnets: ["172.18.0.0/16"] },
      { name: "demo-secure", subnets: ["10.20.0.0/24"] },
    ],
    defaultAddrPools: ["10.0.0.0/8"],
  };
  const base = {
    node: "vm",
    subnet: "172.18.0.0/16",
    gateway: "",
    enableIcc: false,
    enableIpMasquerade: true,
    mtu: "",
    joinCommand: "",
  };

  it("accepts the bridge's own current subnet (it is being replaced)", () => {
    const result = readGwbridgeForm(base, context);
    expect(result.errors).toEqual({});
    expect(result.options).toEqual({
      subnet: "172.18.0.0/16",
      enableIcc: false,
      enableIpMasquerade: true,
    });
  });

  it("refuses overlaps with other networks and bad fields, and warns about the pool", () => {
    const overlap = readGwbridgeForm({ ...base, subnet: "10.20.0.0/16" }, context);
    expect(overlap.options).toBeNull();
    expect(overlap.errors.subnet).toMatch(/network demo-secure/);
    expect(overlap.warnings.join()).toMatch(/default address pool/);
    const bad = readGwbridgeForm(
      { ...base, gateway: "10.1.1.1", mtu: "9", joinCommand: "rm -rf /" },
      context,
    );
    expect(Object.keys(bad.errors).sort()).toEqual(["gateway", "joinCommand", "mtu"]);
  });
});
