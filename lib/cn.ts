/** Joins class names, skipping falsy ones (no dependency needed for our use). */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
