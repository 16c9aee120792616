"use client";

import { useState } from "react";
import { WarningList } from "@/components/forms/alerts";
import { CliLine } from "@/components/forms/cli-line";
import { CheckboxField, FieldMessages, inputClass, TextField } from "@/components/forms/field";
import { Card } from "@/components/ui/card";
import { gwbridgeScript } from "@/lib/cli/gwbridge";
import { type GwbridgeFormState, readGwbridgeForm } from "@/lib/forms/gwbridge-form";
import { useLocalized, useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";

/**
 * Generates the host script that recreates docker_gwbridge on a node. Nothing is sent to the
 * server: the bridge is a kernel device, outside what the Engine API can change.
 */
export function GwbridgeForm({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.gwbridgeForm;
  const [state, setState] = useState<GwbridgeFormState>(() => ({
    node: snapshot.nodes[0]?.hostname ?? "",
    subnet: "",
    gateway: "",
    enableIcc: false,
    enableIpMasquerade: true,
    mtu: "",
    joinCommand: "",
  }));
  const set = (patch: Partial<GwbridgeFormState>) => setState((s) => ({ ...s, ...patch }));
  const localized = useLocalized();
  const read = localized(() =>
    readGwbridgeForm(state, {
      existing: snapshot.networks.map((n) => ({
        name: n.name,
        subnets: n.ipam.map((i) => i.subnet),
      })),
      defaultAddrPools: snapshot.swarm?.defaultAddrPool ?? [],
    }),
  );
  const typed = state.subnet.trim() !== "";
  const errors = typed ? read.errors : {};
  const options = read.options;
  const script = options ? localized(() => gwbridgeScript(options)) : null;
  return (
    <Card title={t.title}>
      <p className="mb-4 max-w-3xl text-sm text-slate-300">{t.intro}</p>
      <form aria-label={t.title} onSubmit={(e) => e.preventDefault()} className="space-y-4">
        <div className="grid gap-3 md:grid-cols-4">
          <div>
            <label htmlFor="gw-node" className="mb-1 block text-sm font-medium text-slate-200">
              {t.node}
            </label>
            <select
              id="gw-node"
              value={state.node}
              onChange={(e) => set({ node: e.target.value })}
              className={inputClass}
            >
              {snapshot.nodes.map((n) => (
                <option key={n.id} value={n.hostname}>
                  {`${n.hostname} (${n.role})`}
                </option>
              ))}
            </select>
            <FieldMessages id="gw-node" error={errors.node} />
          </div>
          <TextField
            id="gw-subnet"
            label={t.subnet}
            placeholder="10.11.0.0/16"
            value={state.subnet}
            error={errors.subnet}
            onChange={(e) => set({ subnet: e.target.value })}
          />
          <TextField
            id="gw-gateway"
            label={`${t.gateway} (${m.forms.optional})`}
            placeholder="10.11.0.1"
            value={state.gateway}
            error={errors.gateway}
            onChange={(e) => set({ gateway: e.target.value })}
          />
          <TextField
            id="gw-mtu"
            label={`${t.mtu} (${m.forms.optional})`}
            inputMode="numeric"
            value={state.mtu}
            error={errors.mtu}
            onChange={(e) => set({ mtu: e.target.value })}
          />
        </div>
        <div className="flex flex-wrap gap-6">
          <CheckboxField
            id="gw-icc"
            label={t.enableIcc}
            checked={state.enableIcc}
            onChange={(e) => set({ enableIcc: e.target.checked })}
          />
          <CheckboxField
            id="gw-masquerade"
            label={t.enableIpMasquerade}
            checked={state.enableIpMasquerade}
            onChange={(e) => set({ enableIpMasquerade: e.target.checked })}
          />
        </div>
        <TextField
          id="gw-join"
          label={`${t.joinCommand} (${m.forms.optional})`}
          placeholder="docker swarm join --token SWMTKN-1-… 192.168.1.10:2377"
          hint={t.joinHint}
          value={state.joinCommand}
          error={errors.joinCommand}
          onChange={(e) => set({ joinCommand: e.target.value })}
        />
        <WarningList warnings={typed ? read.warnings : []} />
        {script ? (
          <CliLine command={script} label={`${t.script} — ${t.scriptFor} ${state.node}`} />
        ) : (
          <p className="text-sm text-slate-400">{t.invalid}</p>
        )}
      </form>
    </Card>
  );
}
