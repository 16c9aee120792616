import type { GwbridgeOptions } from "@/lib/cli/gwbridge";
import { validateGwbridgeOptions } from "@/lib/cli/gwbridge";
import { t } from "@/lib/i18n/current";
import { validateIpamConfigs } from "@/lib/net/ipam";
import type { FieldErrors } from "./field-errors";

export type GwbridgeFormState = {
  node: string;
  subnet: string;
  gateway: string;
  enableIcc: boolean;
  enableIpMasquerade: boolean;
  mtu: string;
  joinCommand: string;
};

export type GwbridgeContext = {
  /** Networks the new bridge must not overlap (docker_gwbridge itself is being replaced). */
  existing: { name: string; subnets: string[] }[];
  defaultAddrPools: string[];
};

export type GwbridgeFormResult = {
  options: GwbridgeOptions | null;
  errors: FieldErrors;
  warnings: string[];
};

const GWBRIDGE = "docker_gwbridge";

/** The form → gwbridgeScript's options, with validateGwbridgeOptions and the overlap check. */
export function readGwbridgeForm(
  state: GwbridgeFormState,
  context: GwbridgeContext,
): GwbridgeFormResult {
  const gateway = state.gateway.trim();
  const join = state.joinCommand.trim();
  const mtuText = state.mtu.trim();
  const mtu = mtuText === "" ? undefined : /^\d+$/.test(mtuText) ? Number(mtuText) : Number.NaN;
  const options: GwbridgeOptions = {
    subnet: state.subnet.trim(),
    enableIcc: state.enableIcc,
    enableIpMasquerade: state.enableIpMasquerade,
    ...(gateway === "" ? {} : { gateway }),
    ...(mtu === undefined ? {} : { mtu }),
    ...(join === "" ? {} : { joinCommand: join }),
  };
  const errors: FieldErrors = {};
  const warnings: string[] = [];
  for (const issue of validateGwbridgeOptions(options)) {
    if (issue.severity === "error") errors[issue.field] ??= issue.message;
  }
  if (!errors.subnet) {
    const existing = context.existing.filter((n) => n.name !== GWBRIDGE);
    const ipam = [{ subnet: options.subnet, ...(gateway === "" ? {} : { gateway }) }];
    for (const issue of validateIpamConfigs(ipam, {
      existing,
      defaultAddrPools: context.defaultAddrPools,
    })) {
      const field = issue.field.endsWith(".gateway") ? "gateway" : "subnet";
      if (issue.severity === "error") errors[field] ??= issue.message;
      else warnings.push(issue.message);
    }
  }
  if (!node(state)) errors.node = t().validation.chooseNode;
  return { options: Object.keys(errors).length === 0 ? options : null, errors, warnings };
}

const node = (state: GwbridgeFormState) => state.node.trim() !== "";
