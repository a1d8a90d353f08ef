"use client";

import { KeyRound } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { useTexts } from "@/components/i18n/locale-provider";
import { signInCatalogue } from "@/lib/i18n/catalogues/messages-sign-in";
import { oidcSignInAction } from "@/server/actions/auth";

function Submit({ provider, primary }: { provider: string; primary: boolean }) {
  const { pending } = useFormStatus();
  const { signInMessages } = useTexts(signInCatalogue);
  return (
    <Button type="submit" variant={primary ? "primary" : "secondary"} className="h-9 w-full" disabled={pending}>
      <KeyRound aria-hidden />
      {pending ? signInMessages.redirecting : signInMessages.withProvider(provider)}
    </Button>
  );
}

/** Starts an OpenID Connect sign-in; the identity provider sends the person back to the portal. */
export function OidcSignInButton({ provider, redirectTo, primary }: { provider: string; redirectTo?: string; primary: boolean }) {
  return (
    <form action={oidcSignInAction}>
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <Submit provider={provider} primary={primary} />
    </form>
  );
}
