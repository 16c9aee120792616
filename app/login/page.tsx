import { LanguageSwitch } from "@/components/layout/language-switch";
import { safeNext } from "@/lib/auth/safe-next";
import { getMessages } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  const m = await getMessages();
  const { next, error } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-md rounded-lg border border-slate-800 bg-slate-900 p-6">
        <h1 className="text-xl font-semibold">{m.auth.title}</h1>
        <p className="mt-1 text-sm text-slate-400">{m.auth.intro}</p>
        <LoginForm
          next={safeNext(next)}
          linkError={error === "invalid" ? m.auth.invalidLink : null}
        />
        <LanguageSwitch className="mt-4" />
      </div>
    </main>
  );
}
