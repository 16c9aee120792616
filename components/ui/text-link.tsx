import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** An in-app link styled for dark tables, with a visible keyboard focus ring. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={cn(
        "rounded-sm font-medium text-sky-300 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-sky-500",
        className,
      )}
      {...props}
    />
  );
}

export const networkHref = (name: string) => `/networks/${encodeURIComponent(name)}`;
export const serviceHref = (name: string) => `/services/${encodeURIComponent(name)}`;
