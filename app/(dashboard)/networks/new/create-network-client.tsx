"use client";

import { WithSnapshot } from "@/components/docker/use-snapshot";
import { CreateNetworkForm } from "@/components/forms/create-network-form";
import { MutationGate } from "@/components/forms/mutation-gate";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { useMessages } from "@/lib/i18n/provider";

export function CreateNetworkClient() {
  const m = useMessages();
  const t = m.networkForm;
  return (
    <>
      <PageHeader title={t.title}>
        <TextLink href="/networks">{m.networkDetail.backToList}</TextLink>
      </PageHeader>
      <p className="-mt-2 mb-5 max-w-3xl text-sm text-slate-300">{t.intro}</p>
      <MutationGate>
        <WithSnapshot>{(s) => <CreateNetworkForm snapshot={s} />}</WithSnapshot>
      </MutationGate>
    </>
  );
}
