"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { LiveProvider } from "@/components/live/live-provider";

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; created in state so server renders never share it.
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      {/* One EventSource per tab: Docker events invalidate the cache, no polling. */}
      <LiveProvider>{children}</LiveProvider>
    </QueryClientProvider>
  );
}
