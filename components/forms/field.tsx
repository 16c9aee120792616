import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

export const inputClass =
  "w-full rounded border border-slate-700 bg-slate-900 px-3 py-1.5 text-sm outline-none focus:border-sky-500 focus-visible:ring-2 focus-visible:ring-sky-500 aria-invalid:border-rose-500";

/** Messages under a field: the error (role=alert, linked by aria-describedby) and a hint. */
export function FieldMessages({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-300">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-400">
          {hint}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** A labelled text input with its error and hint. */
export function TextField({
  id,
  label,
  error,
  hint,
  className,
  ...props
}: ComponentProps<"input"> & {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-200">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={cn(inputClass, "font-mono")}
        {...props}
      />
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

/** A checkbox with its label on the right and an optional explanation below. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  ...props
}: ComponentProps<"input"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className="h-4 w-4 accent-sky-500"
          {...props}
        />
        <label htmlFor={id} className="text-sm text-slate-200">
          {label}
        </label>
      </div>
      <div className="pl-6">
        <FieldMessages id={id} error={error} hint={hint} />
      </div>
    </div>
  );
}
