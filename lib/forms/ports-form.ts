import type { Port, Protocol, PublishMode } from "@/lib/model/port";
import { parsePublish } from "@/lib/ports/parse";
import { renderPreferred } from "@/lib/ports/render";
import { type OtherServicePorts, validatePortList } from "@/lib/ports/validate";

/** One line of the ports editor: either syntax, as typed. */
export type PortRow = { key: string; text: string };

export type ParsedPortRow = { text: string; ports: Port[]; error: string | null };

export type RowFindings = { errors: string[]; warnings: string[] };

let counter = 0;
export function newRowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

export function rowsFromPorts(ports: readonly Port[]): PortRow[] {
  return ports.map((port) => ({ key: newRowKey(), text: renderPreferred(port) }));
}

export function parseRows(rows: readonly PortRow[]): ParsedPortRow[] {
  return rows.map(({ text }) => {
    const result = parsePublish(text);
    return result.ok
      ? { text, ports: result.ports, error: null }
      : { text, ports: [], error: result.error };
  });
}

/**
 * The service's new port list, with each port's row, and every rule's findings per row
 * (duplicates, ports other services hold) from the same validator the server runs.
 */
export function checkRows(
  parsed: readonly ParsedPortRow[],
  others: OtherServicePorts[],
): { ports: Port[]; findings: RowFindings[]; valid: boolean } {
  const ports: Port[] = [];
  const owner: number[] = [];
  parsed.forEach((row, index) => {
    for (const port of row.ports) {
      ports.push(port);
      owner.push(index);
    }
  });
  const findings: RowFindings[] = parsed.map((row) => ({
    errors: row.error ? [row.error] : [],
    warnings: [],
  }));
  for (const issue of validatePortList(ports, others)) {
    const row = owner[Number(issue.field.split(".")[1])];
    const target = row === undefined ? undefined : findings[row];
    if (!target) continue;
    (issue.severity === "error" ? target.errors : target.warnings).push(issue.message);
  }
  const valid = findings.every((f) => f.errors.length === 0);
  return { ports, findings, valid };
}

/** A row's text after choosing a protocol or mode in its selects; a range becomes one text per port. */
export function retypeRow(
  text: string,
  change: { protocol?: Protocol; mode?: PublishMode },
): string[] | null {
  const result = parsePublish(text);
  if (!result.ok) return null;
  return result.ports.map((port) => renderPreferred({ ...port, ...change }));
}

export function samePorts(a: readonly Port[], b: readonly Port[]): boolean {
  const key = (ports: readonly Port[]) => ports.map(renderPreferred).sort().join("|");
  return key(a) === key(b);
}
