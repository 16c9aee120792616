"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { cn } from "@/lib/cn";

/**
 * A box that scrolls sideways when its content is wider (a table on a phone). While it does,
 * it is a named, focusable region, so keyboard users can scroll it with the arrow keys; while
 * it does not, it is no extra tab stop.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      data-scroll-region={scrolls ? "scrolls" : "fits"}
      {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
      className={cn(
        "overflow-x-auto outline-none focus-visible:ring-2 focus-visible:ring-sky-500",
        className,
      )}
    >
      {children}
    </div>
  );
}
