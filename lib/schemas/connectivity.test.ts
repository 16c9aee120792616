import { describe, expect, it } from "vitest";
import { withLocale } from "@/lib/i18n/current";
import { connectivitySchema } from "./connectivity";

/** The first message per field, as the API's `details` show them. */
function messages(input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of connectivitySchema.safeParse(input).error?.issues ?? []) {
    out[issue.path.join(".")] ??= issue.message;
  }
  return out;
}

describe("connectivitySchema", () => {
  const bad = { network: "", target: "-x", port: 70000, protocol: "udp", node: "a".repeat(129) };

  it("names each bad field in English", () => {
    expect(messages(bad)).toEqual({
      network: "network is required",
      target: "target must be a Docker name or id",
      port: "port must be 1–65535",
      protocol: 'protocol must be "tcp" (the only one probed)',
      node: "node is at most 128 characters",
    });
  });

  it("and in Spanish, with the agreement each noun needs", () => {
    expect(withLocale("es", () => messages(bad))).toEqual({
      network: "la red es obligatoria",
      target: "el servicio de destino debe ser un nombre o un id de Docker",
      port: "el puerto debe estar entre 1 y 65535",
      protocol: 'protocol debe ser "tcp" (el único que se prueba)',
      node: "el nodo admite como máximo 128 caracteres",
    });
    expect(withLocale("es", () => messages({ network: 1, target: "web", port: 1.5 }))).toEqual({
      network: "la red debe ser un nombre o un id",
      port: "el puerto debe ser un número entero",
    });
  });
});
