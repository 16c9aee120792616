import type { WallTheme } from "./wall-options";

/**
 * The wall's two palettes, as full Tailwind class strings (so the scanner sees
 * them). High contrast first: white on black, alarm red that reads across a room.
 */
export type WallPalette = {
  root: string;
  muted: string;
  faint: string;
  panel: string;
  line: string;
  ingress: string;
  ingressText: string;
  alarm: string;
  alarmText: string;
  good: string;
  mark: string;
  changed: string;
};

export const WALL_THEMES: Record<WallTheme, WallPalette> = {
  dark: {
    root: "bg-black text-white",
    muted: "text-slate-300",
    faint: "text-slate-600",
    panel: "bg-slate-900",
    line: "border-slate-700",
    ingress: "bg-amber-950/70 border-amber-500",
    ingressText: "text-amber-300",
    alarm: "bg-red-700 text-white",
    alarmText: "text-red-400",
    good: "text-emerald-400",
    mark: "border-slate-400 text-slate-100",
    changed: "ring-[0.15em] ring-sky-400 bg-sky-900/60",
  },
  light: {
    root: "bg-white text-black",
    muted: "text-slate-700",
    faint: "text-slate-300",
    panel: "bg-slate-100",
    line: "border-slate-300",
    ingress: "bg-amber-100 border-amber-600",
    ingressText: "text-amber-800",
    alarm: "bg-red-700 text-white",
    alarmText: "text-red-700",
    good: "text-emerald-700",
    mark: "border-slate-600 text-slate-900",
    changed: "ring-[0.15em] ring-sky-600 bg-sky-100",
  },
};
