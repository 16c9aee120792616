"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useMessages } from "@/lib/i18n/provider";

/** Copies `text` to the clipboard and says "Copied" for a moment, so the click has visible effect. */
export function CopyButton({ text, className }: { text: string; className?: string }) {
  const m = useMessages();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard (insecure origin, denied permission): the text stays selectable.
      setCopied(false);
    }
  };
  return (
    <Button variant="ghost" className={cn("px-2 py-0.5 text-xs", className)} onClick={copy}>
      {copied ? m.common.copied : m.common.copy}
    </Button>
  );
}
