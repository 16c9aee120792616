"use client";

import type { ComponentProps } from "react";
import { TR } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { RECENT_CHANGE_CLASS, useRecentlyChanged } from "./live-provider";

/** A table row that lights up for a few seconds after a Docker event names its object. */
export function LiveRow({ name, className, ...props }: ComponentProps<"tr"> & { name: string }) {
  const changed = useRecentlyChanged(name);
  return (
    <TR
      data-changed={changed ? "true" : undefined}
      className={cn(className, changed && RECENT_CHANGE_CLASS)}
      {...props}
    />
  );
}
