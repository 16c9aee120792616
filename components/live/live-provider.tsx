"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { type ClientLive, initialClientLive } from "@/lib/live/client-state";
import { createRecentStore, type RecentStore } from "@/lib/live/recent";
import { connectLive } from "./connect";

type LiveContextValue = { status: ClientLive; recent: RecentStore };

const LiveContext = createContext<LiveContextValue | null>(null);

// Pages that must not open the stream (the login page has no access to it yet).
const WITHOUT_LIVE = ["/login"];

/**
 * Live updates for every page of the tab, over the browser's one shared stream
 * (components/live/shared-stream.ts). Mount inside the QueryClientProvider.
 */
export function LiveProvider({
  children,
  url = "/api/events",
}: {
  children: ReactNode;
  url?: string;
}) {
  const client = useQueryClient();
  const pathname = usePathname() ?? "";
  const enabled = !WITHOUT_LIVE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const [recent] = useState(() => createRecentStore());
  const [status, setStatus] = useState<ClientLive>(initialClientLive);

  useEffect(() => {
    if (!enabled) return;
    return connectLive({ url, client, recent, onStatus: setStatus });
  }, [enabled, url, client, recent]);

  // The state on <html data-live="…">: visible to tests and tools on any page, with or without the pill.
  useEffect(() => {
    document.documentElement.dataset.live = status.display;
  }, [status.display]);

  const value = useMemo(() => ({ status, recent }), [status, recent]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** Live / reconnecting / down, and since when the data is stale. */
export function useLiveStatus(): ClientLive {
  return useContext(LiveContext)?.status ?? initialClientLive;
}

const noSubscription = () => () => {};

/**
 * True for a few seconds after an event named this object (a network, service,
 * node, container, or the service of a task container): tables add a highlight.
 */
export function useRecentlyChanged(name: string | null | undefined): boolean {
  const store = useContext(LiveContext)?.recent;
  return useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    () => (name && store ? store.has(name) : false),
    () => false,
  );
}

/**
 * Classes for a row that just changed (Tailwind, so they are listed here in full). A dark
 * solid tint: the muted text of the row keeps AA contrast on it (a translucent sky-500 did
 * not), and the light theme turns it into a pale one.
 */
export const RECENT_CHANGE_CLASS = "bg-sky-950 transition-colors duration-700";
