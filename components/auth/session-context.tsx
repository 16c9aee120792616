"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { SessionInfo } from "@/lib/auth/roles";

const SessionContext = createContext<SessionInfo>({ role: "viewer", readOnly: true });

export function SessionProvider({
  session,
  children,
}: {
  session: SessionInfo;
  children: ReactNode;
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionInfo {
  return useContext(SessionContext);
}

/**
 * Whether this user may change things, and if not, why (shown beside disabled
 * controls). The server enforces the same rules; this only keeps the UI honest.
 */
export function useCanMutate(): { allowed: boolean; reason: string | null } {
  const { role, readOnly } = useSession();
  if (readOnly) return { allowed: false, reason: "read-only" };
  if (role !== "admin") return { allowed: false, reason: "viewer" };
  return { allowed: true, reason: null };
}
