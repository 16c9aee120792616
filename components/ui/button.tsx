import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const variants = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 disabled:bg-slate-700 disabled:text-slate-400",
  secondary:
    "border border-slate-600 bg-slate-800 text-slate-100 hover:bg-slate-700 disabled:text-slate-500",
  danger: "bg-rose-700 text-white hover:bg-rose-600 disabled:bg-slate-700 disabled:text-slate-400",
  ghost: "text-sky-300 hover:bg-slate-800 disabled:text-slate-500",
} as const;

export type ButtonVariant = keyof typeof variants;

/** A button with a visible keyboard focus ring; `type` defaults to "button" (never a stray submit). */
export function Button({
  variant = "secondary",
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return (
    <button
      type={type}
      className={cn(
        "inline-flex items-center justify-center gap-1.5 rounded px-3 py-1.5 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-400 disabled:cursor-not-allowed",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
