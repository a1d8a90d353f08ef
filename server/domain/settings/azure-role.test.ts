import { describe, expect, it } from "vitest";
import { evaluateSettingsRole } from "./azure-role";

const SUB = "6f1d3c2a-0c1e-4d7b-9a55-3b1f0c0c0a01";
const ME = "22222222-2222-4222-8222-222222222222";
const role = (id: string, scope = `/subscriptions/${SUB}`, principalId = ME) => ({ principalId, scope, roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${id}` });
const OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
const CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
const READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

describe("Azure role for changing settings", () => {
  it.each([
    [[role(OWNER)], "Owner"],
    [[role(CONTRIBUTOR)], "Contributor"],
    [[role(READER), role(CONTRIBUTOR)], "Contributor"],
    [[role(CONTRIBUTOR, "/")], "Contributor"],
  ])("%#: held", (assignments, expected) => expect(evaluateSettingsRole(ME, assignments, SUB)).toEqual({ ok: true, role: expected }));
  it.each([
    [[]],
    [[role(READER)]],
    [[role(OWNER, `/subscriptions/${SUB}/resourceGroups/other`)]],
    [[role(OWNER, `/subscriptions/00000000-0000-4000-8000-000000000000`)]],
    [[role(CONTRIBUTOR, `/subscriptions/${SUB}`, "33333333-3333-4333-8333-333333333333")]],
  ])("%#: not held", (assignments) => expect(evaluateSettingsRole(ME, assignments, SUB)).toMatchObject({ ok: false, reason: expect.stringContaining("Owner or Contributor") }));
});
