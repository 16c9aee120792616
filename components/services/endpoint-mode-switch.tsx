"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Note, WarningList } from "@/components/forms/alerts";
import { CliLine } from "@/components/forms/cli-line";
import { CheckboxField } from "@/components/forms/field";
import { MutationGate } from "@/components/forms/mutation-gate";
import { EndpointModeBadge } from "@/components/services/endpoint-mode-badge";
import { MutationFeedback } from "@/components/services/mutation-feedback";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { endpointModeCli } from "@/lib/cli/service";
import { useMessages } from "@/lib/i18n/provider";
import type { Service } from "@/lib/model/service";
import {
  convertIngressPortsToHost,
  ENDPOINT_MODES,
  type EndpointMode,
} from "@/lib/ports/endpoint-mode";
import { renderPreferred } from "@/lib/ports/render";
import { ingressPorts } from "@/lib/ports/validate";
import { invalidateAfterMutation, sendJson } from "@/lib/query/mutate";

type Body = { version: number; mode: EndpointMode; convertIngressPortsToHost?: boolean };

function EndpointForm({ service }: { service: Service }) {
  const m = useMessages();
  const t = m.servicesOps;
  const other: EndpointMode = service.endpointMode === "vip" ? "dnsrr" : "vip";
  const [target, setTarget] = useState<EndpointMode>(other);
  const [convert, setConvert] = useState(false);
  const client = useQueryClient();
  // Once the mode changes (here or elsewhere), offer the way back; the last outcome stays shown.
  useEffect(() => {
    setTarget(other);
    setConvert(false);
  }, [other]);
  const mutation = useMutation({
    mutationFn: (body: Body) =>
      sendJson<Service>(
        "PUT",
        `/api/services/${encodeURIComponent(service.id)}/endpoint-mode`,
        body,
      ),
    onSuccess: () => invalidateAfterMutation(client),
  });
  const blocking = target === "dnsrr" ? ingressPorts(service.ports) : [];
  const converting = blocking.length > 0 && convert;
  const cli = endpointModeCli(
    service.name,
    target,
    converting
      ? { before: service.ports, after: convertIngressPortsToHost(service.ports) }
      : undefined,
  );
  const same = target === service.endpointMode;
  const blocked = blocking.length > 0 && !convert;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (same || blocked) return;
    mutation.mutate({
      version: service.version,
      mode: target,
      ...(converting ? { convertIngressPortsToHost: true } : {}),
    });
  };
  return (
    <form onSubmit={submit} aria-label={t.endpointTitle} className="space-y-3">
      <p className="text-sm text-slate-300">{t.endpointIntro}</p>
      <p className="flex items-center gap-2 text-sm">
        {t.current}: <EndpointModeBadge mode={service.endpointMode} />
      </p>
      <fieldset className="flex items-center gap-4">
        <legend className="mb-1 text-sm font-medium text-slate-200">{t.target}</legend>
        {ENDPOINT_MODES.map((mode) => (
          <label key={mode} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="endpoint-mode"
              value={mode}
              checked={target === mode}
              onChange={() => {
                setTarget(mode);
                mutation.reset();
              }}
              className="accent-sky-500"
            />
            <span className="font-mono">{mode}</span>
          </label>
        ))}
      </fieldset>
      {same && !mutation.data ? <p className="text-sm text-slate-400">{t.sameMode}</p> : null}
      {!same && target === "dnsrr" ? <Note>{t.dnsrrExplain}</Note> : null}
      {!same && blocking.length > 0 ? (
        <div className="space-y-2 rounded border border-amber-800 bg-amber-950/40 p-3 text-sm text-amber-100">
          <p>{t.dnsrrBlocked}</p>
          <p className="font-mono">{blocking.map(renderPreferred).join(", ")}</p>
          <CheckboxField
            id={`convert-${service.id}`}
            label={t.convert}
            hint={t.convertHint}
            checked={convert}
            onChange={(e) => setConvert(e.target.checked)}
          />
          {blocked ? <p className="text-amber-300">{t.convertNeeded}</p> : null}
        </div>
      ) : null}
      {!same && target === "vip" && service.endpointMode === "dnsrr" ? (
        <WarningList warnings={[t.staleDns]} />
      ) : null}
      {!same ? <CliLine command={cli} /> : null}
      <MutationFeedback
        error={mutation.error}
        result={mutation.data}
        successTitle={t.modeSaved}
        onReload={() => mutation.reset()}
      />
      <Button type="submit" variant="primary" disabled={same || blocked || mutation.isPending}>
        {mutation.isPending ? m.forms.saving : t.applyMode}
      </Button>
    </form>
  );
}

/** vip ↔ dnsrr, resolving the dnsrr / ingress-port conflict before Docker refuses it. */
export function EndpointModeSwitch({ service }: { service: Service }) {
  const m = useMessages();
  const t = m.servicesOps;
  return (
    <Card title={t.endpointTitle}>
      <MutationGate>
        <EndpointForm service={service} />
      </MutationGate>
    </Card>
  );
}
