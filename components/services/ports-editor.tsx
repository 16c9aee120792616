"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { CliLine } from "@/components/forms/cli-line";
import { MutationGate } from "@/components/forms/mutation-gate";
import { MutationFeedback } from "@/components/services/mutation-feedback";
import { PortRowEditor } from "@/components/services/port-row";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { servicePortsCli } from "@/lib/cli/service";
import {
  checkRows,
  newRowKey,
  type PortRow,
  parseRows,
  retypeRow,
  rowsFromPorts,
} from "@/lib/forms/ports-form";
import { useLocalized, useMessages } from "@/lib/i18n/provider";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { invalidateAfterMutation, sendJson } from "@/lib/query/mutate";

/** The edit and the service state it started from: `version` is what the PUT sends. */
type Edit = { version: number; before: Port[]; rows: PortRow[]; dirty: boolean };

const fresh = (service: Service): Edit => ({
  version: service.version,
  before: service.ports,
  rows: rowsFromPorts(service.ports),
  dirty: false,
});

function PortsForm({ service, snapshot }: { service: Service; snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.servicesOps;
  const [edit, setEdit] = useState<Edit>(() => fresh(service));
  const client = useQueryClient();
  // An untouched form follows the live service; a touched one keeps its version (→ 409 if stale).
  useEffect(() => {
    if (!edit.dirty && edit.version !== service.version) setEdit(fresh(service));
  }, [edit, service]);
  const localized = useLocalized();
  // biome-ignore lint/correctness/useExhaustiveDependencies: localized changes with the language only
  const parsed = useMemo(() => localized(() => parseRows(edit.rows)), [edit.rows]);
  const others = snapshot.services
    .filter((s) => s.id !== service.id)
    .map((s) => ({ service: s.name, ports: s.ports }));
  const { ports, findings, valid } = localized(() => checkRows(parsed, others));
  const cli = servicePortsCli(service.name, edit.before, ports);
  const mutation = useMutation({
    mutationFn: (body: { version: number; ports: Port[] }) =>
      sendJson<Service>("PUT", `/api/services/${encodeURIComponent(service.id)}/ports`, body),
    onSuccess: async (updated) => {
      setEdit(fresh(updated));
      await invalidateAfterMutation(client);
    },
  });
  const setRows = (rows: PortRow[]) => setEdit((e) => ({ ...e, rows, dirty: true }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid && cli !== null) mutation.mutate({ version: edit.version, ports });
  };
  return (
    <form onSubmit={submit} aria-label={t.portsTitle} className="space-y-3">
      <p className="text-sm text-slate-300">{t.portsIntro}</p>
      <ul className="space-y-2">
        {edit.rows.map((row, i) => (
          <PortRowEditor
            key={row.key}
            index={i}
            row={parsed[i] ?? { text: row.text, ports: [], error: null }}
            findings={findings[i] ?? { errors: [], warnings: [] }}
            onText={(text) =>
              setRows(edit.rows.map((r) => (r.key === row.key ? { ...r, text } : r)))
            }
            onRetype={(change) => {
              const texts = retypeRow(row.text, change);
              if (!texts) return;
              setRows(
                edit.rows.flatMap((r) =>
                  r.key === row.key
                    ? texts.map((text, j) => ({ key: j === 0 ? r.key : newRowKey(), text }))
                    : [r],
                ),
              );
            }}
            onRemove={() => setRows(edit.rows.filter((r) => r.key !== row.key))}
          />
        ))}
      </ul>
      {edit.rows.length === 0 ? <p className="text-sm text-slate-400">{t.noPortsNow}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setRows([...edit.rows, { key: newRowKey(), text: "" }])}>
          {t.addPort}
        </Button>
        <Button onClick={() => setEdit(fresh(service))} disabled={!edit.dirty}>
          {t.reset}
        </Button>
      </div>
      {cli ? <CliLine command={cli} /> : <p className="text-sm text-slate-400">{t.noChange}</p>}
      <MutationFeedback
        error={mutation.error}
        result={mutation.data}
        successTitle={t.portsSaved}
        onReload={() => {
          mutation.reset();
          // Drop the edits; the effect above then takes the refetched service (any version differs from -1).
          setEdit((e) => ({ ...e, dirty: false, version: -1 }));
        }}
      />
      <Button
        type="submit"
        variant="primary"
        disabled={!valid || cli === null || mutation.isPending}
      >
        {mutation.isPending ? m.forms.saving : t.savePorts}
      </Button>
    </form>
  );
}

/** The ports editor card of the service page (admins only). */
export function PortsEditor({ service, snapshot }: { service: Service; snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.servicesOps;
  return (
    <Card title={t.portsTitle}>
      <MutationGate>
        <PortsForm service={service} snapshot={snapshot} />
      </MutationGate>
    </Card>
  );
}
