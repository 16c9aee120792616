"use client";

import type { FormEvent } from "react";
import { CliLine } from "@/components/forms/cli-line";
import { TextField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { networkCreateCli } from "@/lib/cli/network";
import { useLocalized, useMessages } from "@/lib/i18n/provider";
import { type NewIngressFields, newIngressRequest } from "@/lib/ingress-wizard/plan";
import type { CreateNetworkBody } from "@/lib/schemas/network-create";

/** Step 4: the new ingress (name, subnet, gateway, MTU), validated with the shared schema. */
export function StepCreate({
  fields,
  busy,
  onChange,
  onCreate,
}: {
  fields: NewIngressFields;
  busy: boolean;
  onChange: (fields: NewIngressFields) => void;
  onCreate: (input: CreateNetworkBody) => void;
}) {
  const m = useMessages();
  const t = m.ingressWizard;
  const f = m.networkForm;
  const read = useLocalized()(() => newIngressRequest(fields));
  const errors = read.errors;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (read.input) onCreate(read.input);
  };
  return (
    <form onSubmit={submit} aria-label={t.steps.create} noValidate className="space-y-3">
      <p className="text-sm text-slate-300">{t.createIntro}</p>
      <div className="grid gap-3 md:grid-cols-4">
        <TextField
          id="ingress-name"
          label={t.name}
          value={fields.name}
          error={errors.name}
          onChange={(e) => onChange({ ...fields, name: e.target.value })}
        />
        <TextField
          id="ingress-subnet"
          label={f.subnet}
          placeholder="10.11.0.0/16"
          value={fields.subnet}
          error={errors["ipam.0.subnet"]}
          onChange={(e) => onChange({ ...fields, subnet: e.target.value })}
        />
        <TextField
          id="ingress-gateway"
          label={f.gateway}
          placeholder="10.11.0.2"
          value={fields.gateway}
          error={errors["ipam.0.gateway"]}
          onChange={(e) => onChange({ ...fields, gateway: e.target.value })}
        />
        <TextField
          id="ingress-mtu"
          label={f.mtu}
          inputMode="numeric"
          placeholder="1200"
          value={fields.mtu}
          error={errors.mtu}
          onChange={(e) => onChange({ ...fields, mtu: e.target.value })}
        />
      </div>
      <CliLine
        command={networkCreateCli({ ...read.candidate, name: read.candidate.name || "NAME" })}
      />
      <Button type="submit" variant="primary" disabled={busy || !read.input}>
        {busy ? m.forms.saving : t.create}
      </Button>
    </form>
  );
}
