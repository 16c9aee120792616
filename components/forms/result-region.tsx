"use client";

import { type ReactNode, type RefObject, useEffect, useRef } from "react";

/**
 * Where a change's outcome appears. The polite live region exists before any message does
 * (screen readers announce changes inside a region they already know, not a region that is
 * inserted with its text), and keyboard focus moves to the outcome each time `focusKey`
 * changes to a new value (a new result or error object), so the user continues from there.
 */
export function ResultRegion({ focusKey, children }: { focusKey: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) ref.current?.focus();
  }, [focusKey]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-live="polite"
      className="rounded outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
    >
      {children}
    </div>
  );
}

/**
 * After a refused submission (`attempt` counts them), focus the form's first invalid field,
 * or else its first alert: the user lands on what to fix, not back at the top.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, attempt: number) {
  useEffect(() => {
    if (attempt === 0) return;
    const target = form.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [role="alert"]',
    );
    if (!target) return;
    if (!target.matches("input, select, textarea, button")) target.tabIndex = -1;
    target.focus();
  }, [form, attempt]);
}
