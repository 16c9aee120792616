"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { describedBy, FieldMessages, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { ConnectivityResult } from "@/lib/connectivity/types";
import { useMessages } from "@/lib/i18n/provider";
import type { Snapshot } from "@/lib/model/snapshot";
import { ApiError, fetchJson } from "@/lib/query/fetch-json";
import type { ConnectivityInput } from "@/lib/schemas/connectivity";

/** "" = any node, "*" = one probe per node in parallel, else a node id. */
const ANY = "";
const ALL = "*";

function runProbe(body: ConnectivityInput) {
  return fetchJson<ConnectivityResult>("/api/connectivity", {
    method: "POST",
    body: JSON.stringify(body),
  });
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
  error?: string | undefined;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-200">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        className={inputClass}
      >
        {children}
      </select>
      <FieldMessages id={id} error={error} />
    </div>
  );
}

/** Overlay, target, port, node(s): one POST per node, in parallel when "every node". */
export function ProbeForm({
  snapshot,
  initial,
  onResults,
}: {
  snapshot: Snapshot;
  initial: { network?: string; target?: string };
  onResults: (results: ConnectivityResult[]) => void;
}) {
  const t = useMessages().connectivity;
  const overlays = snapshot.networks
    .filter((n) => n.driver === "overlay" && !n.ingress)
    .sort((a, b) => a.name.localeCompare(b.name));
  const [network, setNetwork] = useState(initial.network ?? overlays[0]?.name ?? "");
  const onNetwork = snapshot.services
    .filter((s) => s.networks.some((n) => n.name === network))
    .sort((a, b) => a.name.localeCompare(b.name));
  const [target, setTarget] = useState(initial.target ?? "");
  const service = onNetwork.find((s) => s.name === target) ?? onNetwork[0];
  const [port, setPort] = useState("");
  const [from, setFrom] = useState(ANY);
  const nodes = [...snapshot.nodes].sort((a, b) => a.hostname.localeCompare(b.hostname));

  const mutation = useMutation({
    mutationFn: async () => {
      const body: ConnectivityInput = {
        network,
        target: service?.name ?? "",
        ...(port.trim() ? { port: Number(port) } : {}),
      };
      const targets = from === ALL ? nodes.map((n) => n.id) : from === ANY ? [null] : [from];
      return Promise.all(targets.map((node) => runProbe(node ? { ...body, node } : body)));
    },
    onSuccess: onResults,
  });
  const fieldError = (field: string) => {
    const e = mutation.error;
    if (!(e instanceof ApiError) || !Array.isArray(e.details)) return undefined;
    return (e.details as { field: string; message: string }[]).find((d) => d.field === field)
      ?.message;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-4" aria-label={t.title}>
      <Select
        id="probe-network"
        label={t.network}
        value={network}
        onChange={(v) => {
          setNetwork(v);
          setTarget("");
        }}
        error={fieldError("network")}
      >
        {overlays.map((n) => (
          <option key={n.id} value={n.name}>
            {n.name}
          </option>
        ))}
      </Select>
      <Select
        id="probe-target"
        label={t.target}
        value={service?.name ?? ""}
        onChange={setTarget}
        error={fieldError("target")}
      >
        {onNetwork.length === 0 ? <option value="">—</option> : null}
        {onNetwork.map((s) => (
          <option key={s.id} value={s.name}>
            {s.name}
          </option>
        ))}
      </Select>
      <div>
        <label htmlFor="probe-port" className="mb-1 block text-sm font-medium text-slate-200">
          {t.port}
        </label>
        <input
          id="probe-port"
          inputMode="numeric"
          value={port}
          onChange={(e) => setPort(e.target.value)}
          placeholder={service?.ports[0] ? String(service.ports[0].target) : ""}
          aria-invalid={fieldError("port") ? true : undefined}
          aria-describedby={describedBy("probe-port", fieldError("port"), t.portHint)}
          className={`${inputClass} font-mono`}
        />
        <FieldMessages id="probe-port" error={fieldError("port")} hint={t.portHint} />
      </div>
      <Select id="probe-node" label={t.nodes} value={from} onChange={setFrom}>
        <option value={ANY}>{t.anyNode}</option>
        <option value={ALL}>{t.allNodes}</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.hostname}
          </option>
        ))}
      </Select>
      <div className="md:col-span-4 flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={mutation.isPending || !service}>
          {mutation.isPending ? t.running : t.run}
        </Button>
        {mutation.error ? (
          <p role="alert" className="text-sm text-rose-300">
            {t.failed} {mutation.error.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
