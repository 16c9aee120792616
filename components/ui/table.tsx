import type { ComponentProps, ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { cn } from "@/lib/cn";

/**
 * A dense, readable table: sticky header, zebra rows, horizontal scroll inside its box when
 * narrow (a keyboard-scrollable region named like the table while it scrolls).
 */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <ScrollRegion label={props["aria-label"]} className="rounded-lg border border-slate-800">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </ScrollRegion>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="sticky top-0 bg-slate-900 text-xs uppercase tracking-wide text-slate-400">
      {children}
    </thead>
  );
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-800/70">{children}</tbody>;
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("odd:bg-slate-900/40 hover:bg-slate-800/40", className)} {...props} />;
}

export function TH({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("px-3 py-2 font-semibold", className)} {...props} />;
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 align-top", className)} {...props} />;
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-6 text-center text-slate-400">
        {children}
      </td>
    </tr>
  );
}
