import { describe, expect, it } from "vitest";
import { runRules } from "@/lib/diagnostics";
import { fixtureContext } from "@/lib/diagnostics/fixtures";
import { emptyNetworkForm, readNetworkForm } from "@/lib/forms/network-form";
import { parsePublish } from "@/lib/ports/parse";
import { zodIssuesToDetails } from "@/lib/schemas/errors";
import { createNetworkSchema } from "@/lib/schemas/network-create";
import { fixtureNode, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { currentLocale, t, withLocale } from "./current";

describe("the current language of lib's texts", () => {
  it("is English outside any scope, Spanish inside withLocale, and restored after", () => {
    expect(currentLocale()).toBe("en");
    expect(withLocale("es", () => t().validation.nameRequired)).toBe("el nombre es obligatorio");
    expect(currentLocale()).toBe("en");
  });

  it("writes the create-overlay form's errors in the scope's language", () => {
    const state = { ...emptyNetworkForm(), name: "bad.name", mtu: "12" };
    const en = readNetworkForm(state).errors;
    const es = withLocale("es", () => readNetworkForm(state).errors);
    expect(en.name).toBe("name cannot contain dots: swarm names are DNS labels");
    expect(es.name).toBe(
      "el nombre no puede llevar puntos: los nombres del swarm son etiquetas DNS",
    );
    expect(es.mtu).toBe("la MTU debe ser un número entero de 68 a 65535");
  });

  it("translates zod's own messages and the API's details", () => {
    const parsed = withLocale("es", () => createNetworkSchema.safeParse({ name: 1, extra: true }));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const details = withLocale("es", () => zodIssuesToDetails(parsed.error));
    expect(details).toContainEqual({ field: "extra", message: 'campo desconocido "extra"' });
    expect(details.find((d) => d.field === "name")?.message).toMatch(/^Entrada inválida/);
  });

  it("translates port syntax errors", () => {
    expect(withLocale("es", () => parsePublish("8080:80/icmp"))).toEqual({
      ok: false,
      error: 'protocolo desconocido "icmp": use tcp, udp, sctp',
    });
  });

  it("writes diagnostics findings in the scope's language, commands unchanged", () => {
    const snapshot = fixtureSnapshot({ nodes: [fixtureNode({ hostname: "m1" })] });
    const en = runRules(snapshot, fixtureContext()).find((f) => f.id === "manager-quorum:single");
    const es = withLocale("es", () =>
      runRules(snapshot, fixtureContext()).find((f) => f.id === "manager-quorum:single"),
    );
    expect(en?.title).toBe("A single manager: no fault tolerance");
    expect(es?.title).toBe("Un solo manager: sin tolerancia a fallos");
    expect(es?.detail).toMatch(/^m1 es el único manager/);
    expect(es?.fix.commands).toEqual(en?.fix.commands);
  });
});
