"use client";

import type { ReactNode } from "react";
import { useCanMutate } from "@/components/auth/session-context";
import { useMessages } from "@/lib/i18n/provider";

/** Why a change control is hidden: viewer role or read-only server. */
export function MutationReason({ reason }: { reason: string | null }) {
  const m = useMessages();
  return (
    <p role="note" className="text-sm text-slate-400">
      {reason === "read-only" ? m.auth.readOnly : m.auth.viewerOnly}
    </p>
  );
}

/** Renders a change control only for users who may change things; others see why not. */
export function MutationGate({ children }: { children: ReactNode }) {
  const { allowed, reason } = useCanMutate();
  return allowed ? children : <MutationReason reason={reason} />;
}
