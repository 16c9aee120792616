"use client";

import { TextField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { emptyIpamRow, type IpamRow } from "@/lib/forms/network-form";
import { useMessages } from "@/lib/i18n/provider";

/** Subnet / gateway / ip-range rows of a network form; errors keyed `ipam.<row>.<field>`. */
export function IpamRows({
  rows,
  errors,
  onChange,
}: {
  rows: IpamRow[];
  errors: FieldErrors;
  onChange: (rows: IpamRow[]) => void;
}) {
  const t = useMessages().networkForm;
  const set = (index: number, patch: Partial<IpamRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-medium text-slate-200">{t.ipam}</legend>
      <p className="text-xs text-slate-400">{t.ipamHint}</p>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
        <div key={i} className="grid items-start gap-2 md:grid-cols-[1fr_1fr_1fr_auto]">
          <TextField
            id={`ipam-${i}-subnet`}
            label={`${t.subnet} ${i + 1}`}
            placeholder="10.11.0.0/16"
            value={row.subnet}
            error={errors[`ipam.${i}.subnet`]}
            onChange={(e) => set(i, { subnet: e.target.value })}
          />
          <TextField
            id={`ipam-${i}-gateway`}
            label={`${t.gateway} ${i + 1}`}
            placeholder="10.11.0.1"
            value={row.gateway}
            error={errors[`ipam.${i}.gateway`]}
            onChange={(e) => set(i, { gateway: e.target.value })}
          />
          <TextField
            id={`ipam-${i}-ip-range`}
            label={`${t.ipRange} ${i + 1}`}
            placeholder="10.11.1.0/24"
            value={row.ipRange}
            error={errors[`ipam.${i}.ipRange`]}
            onChange={(e) => set(i, { ipRange: e.target.value })}
          />
          <Button
            className="md:mt-6"
            aria-label={`${t.removeRow} ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t.removeRow}
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...rows, emptyIpamRow()])}>{t.addRow}</Button>
    </fieldset>
  );
}
