import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { chooseLanguage, ZLanguageChoice } from "@/server/domain/account/choose-language";
import { createSession, loadSessionActor } from "@/server/store/sessions";
import { actorFor, resetWithDemo, testDb } from "../db";

const policy = { idleMinutes: 60, maxHours: 8 };

describe("choosing a language", () => {
  beforeEach(resetWithDemo);

  it("stores the choice on the person, their sessions see it, and it is audited from → to", async () => {
    const actor = await actorFor(DEMO_USERS.contosoManager);
    expect(actor.locale).toBeNull();
    await chooseLanguage(testDb, actor, "ko");
    const session = await createSession(testDb, actor.userId, policy, {});
    expect((await loadSessionActor(testDb, session.id, actor.userId, policy))?.locale).toBe("ko");
    const audit = await testDb.auditEvent.findMany({ where: { action: "user.choose-language", actorId: actor.userId } });
    expect(audit).toHaveLength(actor.memberships.length);
    expect(audit[0]).toMatchObject({ targetType: "user", targetId: actor.userId, before: { locale: null }, after: { locale: "ko" }, outcome: "SUCCESS" });

    await chooseLanguage(testDb, await actorFor(DEMO_USERS.contosoManager), "ja");
    expect((await actorFor(DEMO_USERS.contosoManager)).locale).toBe("ja");
  });

  it("changes only the person's own setting", async () => {
    await chooseLanguage(testDb, await actorFor(DEMO_USERS.contosoManager), "ja");
    expect((await actorFor(DEMO_USERS.contosoOwner)).locale).toBeNull();
  });

  it("accepts the portal's languages only", () => {
    expect(ZLanguageChoice.safeParse({ locale: "ko" }).success).toBe(true);
    expect(ZLanguageChoice.safeParse({ locale: "fr" }).success).toBe(false);
    expect(ZLanguageChoice.safeParse({ locale: "ja\u0000" }).success).toBe(false);
    expect(ZLanguageChoice.safeParse({}).success).toBe(false);
  });
});
