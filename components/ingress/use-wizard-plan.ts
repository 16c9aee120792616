"use client";

import { useCallback, useEffect, useState } from "react";
import { parseStoredPlan, WIZARD_STORAGE_KEY, type WizardPlan } from "@/lib/ingress-wizard/plan";

/**
 * The wizard plan, kept in localStorage so a reload (or a crash mid-way) resumes. Read after
 * mount: the server render has no localStorage, and the first client render must match it.
 */
export function useWizardPlan(): {
  plan: WizardPlan | null;
  loaded: boolean;
  save: (update: (plan: WizardPlan | null) => WizardPlan | null) => void;
} {
  const [plan, setPlan] = useState<WizardPlan | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    setPlan(parseStoredPlan(localStorage.getItem(WIZARD_STORAGE_KEY)));
    setLoaded(true);
  }, []);
  const save = useCallback((update: (plan: WizardPlan | null) => WizardPlan | null) => {
    setPlan((current) => {
      const next = update(current);
      try {
        if (next) localStorage.setItem(WIZARD_STORAGE_KEY, JSON.stringify(next));
        else localStorage.removeItem(WIZARD_STORAGE_KEY);
      } catch {
        // Storage full or disabled: the wizard still works, it just cannot resume after a reload.
      }
      return next;
    });
  }, []);
  return { plan, loaded, save };
}
