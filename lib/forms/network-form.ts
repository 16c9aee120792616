import { t } from "@/lib/i18n/current";
import type { IpamConfigText } from "@/lib/net/ipam";
import { MTU_MAX, MTU_MIN } from "@/lib/net/mtu";
import { parseKeyValues } from "@/lib/net/names";
import { type CreateNetworkBody, createNetworkSchema } from "@/lib/schemas/network-create";
import { type FieldErrors, zodFieldErrors } from "./field-errors";

export type IpamRow = Required<IpamConfigText>;

/** What the create-overlay form holds: text as typed, checkboxes as booleans. */
export type NetworkFormState = {
  name: string;
  attachable: boolean;
  internal: boolean;
  encrypted: boolean;
  ipam: IpamRow[];
  mtu: string;
  labels: string;
};

export const emptyIpamRow = (): IpamRow => ({ subnet: "", gateway: "", ipRange: "" });

export const emptyNetworkForm = (): NetworkFormState => ({
  name: "",
  attachable: false,
  internal: false,
  encrypted: false,
  ipam: [],
  mtu: "",
  labels: "",
});

export type NetworkFormResult = {
  /** The request body as typed so far (also what the live CLI line renders). */
  candidate: CreateNetworkBody;
  /** Set only when the whole form is valid: the body to send (the candidate, checked). */
  input: CreateNetworkBody | null;
  errors: FieldErrors;
  /** ipam index in the body → row index in the form (blank rows are left out of the body). */
  ipamRows: number[];
};

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

function ipamConfig(row: IpamRow): IpamConfigText {
  const gateway = optional(row.gateway);
  const ipRange = optional(row.ipRange);
  return {
    subnet: row.subnet.trim(),
    ...(gateway === undefined ? {} : { gateway }),
    ...(ipRange === undefined ? {} : { ipRange }),
  };
}

/** `ipam.2.subnet` from the server (body indexes) → `ipam.<row>.subnet` in the form. */
export function toFormField(field: string, ipamRows: readonly number[]): string {
  const match = /^ipam\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field.startsWith("labels.") ? "labels" : field;
  const row = ipamRows[Number(match[1])];
  return row === undefined ? field : `ipam.${row}${match[2] ?? ""}`;
}

export function mapFieldErrors(errors: FieldErrors, ipamRows: readonly number[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    mapped[toFormField(field, ipamRows)] ??= message;
  }
  return mapped;
}

/** The form → the POST /api/networks body, checked with the same schema the server uses. */
export function readNetworkForm(state: NetworkFormState): NetworkFormResult {
  const errors: FieldErrors = {};
  const ipamRows: number[] = [];
  const ipam: IpamConfigText[] = [];
  state.ipam.forEach((row, index) => {
    if (row.subnet.trim() === "" && row.gateway.trim() === "" && row.ipRange.trim() === "") return;
    ipamRows.push(index);
    ipam.push(ipamConfig(row));
  });
  const labels = parseKeyValues(state.labels.split("\n"));
  const labelError = labels.issues[0];
  if (labelError) {
    const line = Number(labelError.field.split(".")[1]) + 1;
    errors.labels = t().validation.onLine(line, labelError.message);
  }
  const mtuText = state.mtu.trim();
  let mtu: number | undefined;
  if (mtuText !== "") {
    mtu = /^-?\d+(\.\d+)?$/.test(mtuText) ? Number(mtuText) : Number.NaN;
    if (Number.isNaN(mtu)) errors.mtu = t().validation.mtuRange(MTU_MIN, MTU_MAX);
  }
  const candidate: CreateNetworkBody = {
    name: state.name.trim(),
    ...(state.attachable ? { attachable: true } : {}),
    ...(state.internal ? { internal: true } : {}),
    ...(state.encrypted ? { encrypted: true } : {}),
    ...(mtu === undefined || Number.isNaN(mtu) ? {} : { mtu }),
    ...(ipam.length > 0 ? { ipam } : {}),
    ...(Object.keys(labels.values).length > 0 ? { labels: labels.values } : {}),
  };
  const parsed = createNetworkSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const [field, message] of Object.entries(
      mapFieldErrors(zodFieldErrors(parsed.error), ipamRows),
    )) {
      errors[field] ??= message;
    }
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { candidate, input: valid ? candidate : null, errors, ipamRows };
}
