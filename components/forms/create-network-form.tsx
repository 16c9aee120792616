"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { ErrorAlert, Note, WarningList } from "@/components/forms/alerts";
import { CliLine } from "@/components/forms/cli-line";
import { CheckboxField, FieldMessages, inputClass, TextField } from "@/components/forms/field";
import { setFlash } from "@/components/forms/flash";
import { IpamRows } from "@/components/forms/ipam-rows";
import { useFocusFirstError } from "@/components/forms/result-region";
import { Button } from "@/components/ui/button";
import { networkHref } from "@/components/ui/text-link";
import { networkCreateCli } from "@/lib/cli/network";
import { cn } from "@/lib/cn";
import { detailsToFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import {
  emptyNetworkForm,
  mapFieldErrors,
  type NetworkFormState,
  readNetworkForm,
} from "@/lib/forms/network-form";
import { useLocalized, useMessages } from "@/lib/i18n/provider";
import type { Network } from "@/lib/model/network";
import type { Snapshot } from "@/lib/model/snapshot";
import { mtuBudget, validateMtu } from "@/lib/net/mtu";
import { ApiError } from "@/lib/query/fetch-json";
import { invalidateAfterMutation, sendJson } from "@/lib/query/mutate";

function MtuField({
  state,
  error,
  onChange,
}: {
  state: NetworkFormState;
  error: string | undefined;
  onChange: (mtu: string) => void;
}) {
  const m = useMessages();
  const t = m.networkForm;
  const localized = useLocalized();
  const budget = localized(() => mtuBudget(undefined, { encrypted: state.encrypted }));
  const mtu = Number(state.mtu);
  const warnings =
    state.mtu.trim() !== "" && Number.isInteger(mtu) && !error
      ? localized(() => validateMtu(mtu, { encrypted: state.encrypted }))
          .filter((i) => i.severity === "warning")
          .map((i) => i.message)
      : [];
  return (
    <div className="space-y-2">
      <TextField
        id="mtu"
        label={t.mtu}
        inputMode="numeric"
        placeholder={String(budget.recommendedMax)}
        value={state.mtu}
        error={error}
        hint={`${budget.note} ${t.mtuHint}`}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-xs"
      />
      <WarningList warnings={warnings} />
    </div>
  );
}

function LabelsField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (labels: string) => void;
}) {
  const m = useMessages();
  const t = m.networkForm;
  return (
    <div>
      <label htmlFor="labels" className="mb-1 block text-sm font-medium text-slate-200">
        {t.labels}
      </label>
      <textarea
        id="labels"
        rows={3}
        value={value}
        placeholder="tier=backend"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "labels-error labels-hint" : "labels-hint"}
        onChange={(e) => onChange(e.target.value)}
        className={cn(inputClass, "font-mono")}
      />
      <FieldMessages id="labels" error={error} hint={t.labelsHint} />
    </div>
  );
}

type Created = Network & { cli: string; warnings?: string[] };

/** The create-overlay form: the shared zod schema in the browser, the CLI line live. */
export function CreateNetworkForm({ snapshot }: { snapshot: Snapshot }) {
  const m = useMessages();
  const t = m.networkForm;
  const [state, setState] = useState<NetworkFormState>(emptyNetworkForm);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  // Refused submissions, client-side or by the server: each one sends focus to what to fix.
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, refusals);
  const router = useRouter();
  const client = useQueryClient();
  const localized = useLocalized();
  // biome-ignore lint/correctness/useExhaustiveDependencies: localized changes with the language only
  const read = useMemo(() => localized(() => readNetworkForm(state)), [state]);
  const windows = snapshot.nodes.filter((n) => n.os.toLowerCase() === "windows");
  const mutation = useMutation({
    mutationFn: (input: NonNullable<typeof read.input>) =>
      sendJson<Created>("POST", "/api/networks", input),
    onSuccess: async (created) => {
      setFlash({
        scope: `network:${created.name}`,
        title: t.created,
        cli: created.cli,
        warnings: created.warnings ?? [],
      });
      await invalidateAfterMutation(client);
      router.push(networkHref(created.name));
    },
    onError: (e) => {
      if (e instanceof ApiError)
        setServerErrors(mapFieldErrors(detailsToFieldErrors(e.details), read.ipamRows));
      setRefusals((n) => n + 1);
    },
  });
  const update = (patch: Partial<NetworkFormState>) => {
    setState((s) => ({ ...s, ...patch }));
    setServerErrors({});
  };
  // Errors show once the user has typed a name or tried to submit, not on an empty form.
  const shown: FieldErrors = {
    ...(touched || state.name !== "" ? read.errors : {}),
    ...serverErrors,
  };
  if (!touched && state.name === "") delete shown.name;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (read.input) mutation.mutate(read.input);
    else setRefusals((n) => n + 1);
  };
  const cli = networkCreateCli({ ...read.candidate, name: read.candidate.name || "NAME" });
  const error = mutation.error;
  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      aria-label={t.title}
      className="max-w-4xl space-y-5"
    >
      <TextField
        id="name"
        label={t.name}
        autoComplete="off"
        value={state.name}
        error={shown.name}
        hint={t.nameHint}
        onChange={(e) => update({ name: e.target.value })}
        className="max-w-md"
      />
      <div className="grid gap-3 md:grid-cols-3">
        <CheckboxField
          id="attachable"
          label={t.attachable}
          hint={t.attachableHint}
          checked={state.attachable}
          error={shown.attachable}
          onChange={(e) => update({ attachable: e.target.checked })}
        />
        <CheckboxField
          id="internal"
          label={t.internal}
          hint={t.internalHint}
          checked={state.internal}
          onChange={(e) => update({ internal: e.target.checked })}
        />
        <CheckboxField
          id="encrypted"
          label={t.encrypted}
          hint={t.encryptedHint}
          checked={state.encrypted}
          onChange={(e) => update({ encrypted: e.target.checked })}
        />
      </div>
      {state.encrypted && windows.length > 0 ? (
        <WarningList
          warnings={[`${t.windowsNodes} ${windows.map((n) => n.hostname).join(", ")}`]}
        />
      ) : null}
      <IpamRows rows={state.ipam} errors={shown} onChange={(ipam) => update({ ipam })} />
      {shown.ipam ? <p className="text-xs text-rose-300">{shown.ipam}</p> : null}
      <MtuField state={state} error={shown.mtu} onChange={(mtu) => update({ mtu })} />
      <LabelsField
        value={state.labels}
        error={shown.labels}
        onChange={(labels) => update({ labels })}
      />
      <CliLine command={cli} />
      {error ? (
        <ErrorAlert
          title={
            error instanceof ApiError && error.status === 409
              ? t.conflict
              : error instanceof ApiError && error.status === 400
                ? m.forms.invalid
                : m.forms.failed
          }
        >
          {error.message}
        </ErrorAlert>
      ) : null}
      {touched && !read.input ? <Note>{m.forms.fixErrors}</Note> : null}
      <Button type="submit" variant="primary" disabled={mutation.isPending}>
        {mutation.isPending ? m.forms.saving : t.submit}
      </Button>
    </form>
  );
}
