"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isCrossSiteWrite } from "../api/request-guard";
import { recordAudit } from "../audit/record";
import { currentActor } from "../auth/actor";
import { db } from "../db";
import { chooseLanguage, ZLanguageChoice } from "../domain/account/choose-language";

export interface LanguageChoiceState {
  ok: boolean;
}

/** The user menu's language choice: the signed-in person's own setting, from the portal's own pages only. */
export async function chooseLanguageAction(_previous: LanguageChoiceState, formData: FormData): Promise<LanguageChoiceState> {
  const actor = await currentActor();
  if (!actor || actor.tokenScopes) redirect("/sign-in");
  const requestHeaders = await headers();
  const request = new Request("http://portal.invalid/", { method: "POST", headers: requestHeaders });
  const parsed = ZLanguageChoice.safeParse({ locale: formData.get("locale") });
  if (isCrossSiteWrite(request) || !parsed.success) {
    await recordAudit(db(), {
      orgId: actor.memberships[0]?.orgId ?? null,
      actor,
      action: "user.choose-language",
      targetType: "user",
      targetId: actor.userId,
      outcome: "DENIED",
      after: { reason: parsed.success ? "cross-site" : "invalid" },
    });
    return { ok: false };
  }
  await chooseLanguage(db(), actor, parsed.data.locale);
  // Every page renders again in the new language, the layouts (and <html lang>) included.
  revalidatePath("/", "layout");
  return { ok: true };
}
