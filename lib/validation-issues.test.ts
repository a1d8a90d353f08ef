import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_CLUSTER_SETTINGS, ZClusterSettings } from "./cluster-settings";
import { textsIn } from "./i18n/catalogue";
import { validationCatalogue } from "./i18n/catalogues/messages-validation";
import { LOCALES } from "./i18n/locales";
import { settingsErrorFields, settingsErrorTexts } from "./settings-errors";
import { issueMessage } from "./validation-issues";

// Every kind of invalid input, in every language, comes out as "<field>: <rule>" and never in
// zod's words (decision 0035).

/** Words of zod's own messages (its English locale); none may reach a person. */
const ZOD_WORDING = /Invalid (input|key|option|element|string|value)|Expected |expected |received|Too (big|small)|Unrecognized key|must match pattern|Invalid$/;

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, "v"]));
const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

/** Invalid provision options a person (or an API client) can send, each with the field it is about. */
const INVALID_SETTINGS: [string, Record<string, unknown>, string][] = [
  ["tag name too long", { tags: { ["n".repeat(513)]: "v" } }, "tags"],
  ["empty tag name", { tags: { "": "v" } }, "tags"],
  ["forbidden tag name character", { tags: { "a/b": "v" } }, "tags"],
  ["tag value too long", { tags: { name: "v".repeat(257) } }, "tags"],
  ["tag value not text", { tags: { name: 7 } }, "tags"],
  ["too many tags", { tags: many(51) }, "tags"],
  ["tags not a map", { tags: ["a"] }, "tags"],
  ["unknown AKS tier", { aksTier: "Gold" }, "aksTier"],
  ["VM size not an Azure name", { nodeVmSize: "big one" }, "nodeVmSize"],
  ["VM size not text", { nodeVmSize: 4 }, "nodeVmSize"],
  ["node count below 3", { maxNodeCount: 2 }, "maxNodeCount"],
  ["node count above 100", { maxNodeCount: 101 }, "maxNodeCount"],
  ["node count not whole", { maxNodeCount: 4.5 }, "maxNodeCount"],
  ["node count empty (NaN)", { maxNodeCount: Number.NaN }, "maxNodeCount"],
  ["node count as text", { maxNodeCount: "5" }, "maxNodeCount"],
  ["node count missing (null)", { maxNodeCount: null }, "maxNodeCount"],
  ["unknown load balancer", { loadBalancer: "private" }, "loadBalancer"],
  ["compute size of another tier", { postgresTier: "Burstable", postgresSku: "Standard_D2ds_v5" }, "postgresSku"],
  ["unknown storage tier", { storageTier: "P5" }, "storageTier"],
  ["read replica not a switch", { readReplica: "yes" }, "readReplica"],
  ["read replica on Burstable", { postgresTier: "Burstable", postgresSku: "Standard_B1ms", readReplica: true }, "readReplica"],
  ["CIDR with host bits", { nodeCidr: "192.168.0.1/22" }, "nodeCidr"],
  ["CIDR too wide", { nodeCidr: "10.0.0.0/8" }, "nodeCidr"],
  ["CIDR not an address", { nodeCidr: "here" }, "nodeCidr"],
  ["unknown redundancy", { storageRedundancy: "XRS" }, "storageRedundancy"],
  ["unknown HA mode", { databaseHighAvailability: "On" }, "databaseHighAvailability"],
  ["not a PEM certificate", { customCaCertificate: "not a certificate" }, "customCaCertificate"],
  ["certificate too long", { customCaCertificate: `${PEM}${" ".repeat(16_384)}` }, "customCaCertificate"],
  ["certificate with NUL", { customCaCertificate: `${PEM}\u0000` }, "customCaCertificate"],
  ["certificate not text", { customCaCertificate: 12 }, "customCaCertificate"],
];

describe("cluster settings errors in words", () => {
  for (const locale of LOCALES) {
    const texts = settingsErrorTexts(locale);
    it.each(INVALID_SETTINGS)(`${locale}: %s`, (_, input, field) => {
      const parsed = ZClusterSettings.safeParse(input, { reportInput: true });
      expect(parsed.success).toBe(false);
      const fields = settingsErrorFields(parsed.error!, texts);
      const keys = Object.keys(fields);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((key) => key.split(".")[0] === field)).toBe(true);
      for (const message of Object.values(fields).flat()) {
        expect(message).not.toMatch(ZOD_WORDING);
        expect(message.startsWith(`${texts.labels[field as keyof typeof texts.labels]}: `)).toBe(true);
        expect(parsed.error!.issues.map((issue) => issue.message)).not.toContain(message);
      }
    });
  }

  it("names the field and the rule", () => {
    const say = (input: Record<string, unknown>, locale: "en" | "ja" | "ko" = "en") => Object.values(settingsErrorFields(ZClusterSettings.safeParse(input, { reportInput: true }).error!, settingsErrorTexts(locale))).flat();
    expect(say({ tags: { ["n".repeat(513)]: "v" } })).toEqual(["Custom tags: a name may be at most 512 characters"]);
    expect(say({ tags: { name: "v".repeat(257) } })).toEqual(["Custom tags: a value may be at most 256 characters"]);
    expect(say({ tags: { "a/b": "v" } })).toEqual(["Custom tags: a name cannot contain < > % & \\ ? /"]);
    expect(say({ tags: many(51) })).toEqual(["Custom tags: at most 50 tags"]);
    expect(say({ maxNodeCount: 2 })).toEqual(["Maximum node count: must be at least 3"]);
    expect(say({ maxNodeCount: Number.NaN })).toEqual(["Maximum node count: must be a number"]);
    expect(say({ maxNodeCount: null })).toEqual(["Maximum node count: a value is required"]);
    expect(say({ aksTier: "Gold" })).toEqual(["AKS tier: choose one of: Free, Standard, Premium"]);
    expect(say({ postgresTier: "Burstable", postgresSku: "Standard_D2ds_v5" })).toEqual(["PostgreSQL compute size: choose a compute size of the chosen tier: Standard_B1ms, Standard_B2s, Standard_B2ms"]);
    expect(say({ tags: { ["n".repeat(513)]: "v" } }, "ja")).toEqual(["カスタム タグ: 名前は 512 文字以内にしてください"]);
    expect(say({ tags: { ["n".repeat(513)]: "v" } }, "ko")).toEqual(["사용자 지정 태그: 이름은 최대 512자까지 입력할 수 있습니다"]);
    expect(say({ maxNodeCount: 2 }, "ja")).toEqual(["最大ノード数: 3 以上にしてください"]);
  });

  it("accepts the defaults", () => {
    expect(ZClusterSettings.safeParse(DEFAULT_CLUSTER_SETTINGS).success).toBe(true);
  });
});

describe("every kind of zod issue in words", () => {
  const Schema = z
    .object({
      email: z.email(),
      url: z.url(),
      id: z.uuid(),
      code: z.string().regex(/^[A-Z]+$/),
      short: z.string().min(3),
      list: z.array(z.string()).min(1).max(2),
      step: z.number().multipleOf(5),
      positive: z.number().gt(0),
      small: z.number().lt(10),
      either: z.union([z.string(), z.number()]),
      exact: z.literal("yes"),
      set: z.set(z.number()),
      map: z.map(z.object({ a: z.string() }), z.number()),
      when: z.date(),
      count: z.bigint(),
      checked: z.string().refine((value) => value === "ok"),
    })
    .strict();
  const input = {
    email: "nobody",
    url: "not a url",
    id: "42",
    code: "abc",
    short: "ab",
    list: [],
    step: 7,
    positive: 0,
    small: 10,
    either: true,
    exact: "no",
    set: new Set(["a"]),
    map: new Map([[{ a: "x" }, "b"]]),
    when: "yesterday",
    count: 1.5,
    checked: "nope",
    extra: 1,
  };
  const tooMany = { ...input, list: ["a", "b", "c"] };

  it.each(LOCALES)("%s: no zod wording, one message per issue", (locale) => {
    const t = textsIn(validationCatalogue, locale).validationMessages;
    const issues = [...Schema.safeParse(input, { reportInput: true }).error!.issues, ...Schema.safeParse(tooMany, { reportInput: true }).error!.issues];
    const codes = new Set(issues.map((issue) => issue.code));
    // The kinds zod reports (zod/v4/core $ZodIssue), each at least once here or in the settings table above.
    for (const code of ["invalid_type", "too_big", "too_small", "invalid_format", "not_multiple_of", "unrecognized_keys", "invalid_union", "invalid_value", "invalid_element", "custom"]) expect(codes).toContain(code);
    for (const issue of issues) {
      const message = issueMessage(issue, t, (key) => `Field ${key}`);
      expect(message).not.toMatch(ZOD_WORDING);
      expect(message).not.toBe(issue.message);
      expect(message.startsWith(issue.path.length ? `Field ${String(issue.path[0])}: ` : `${t.request}: `)).toBe(true);
    }
  });

  it("says the format and the bound", () => {
    const t = validationCatalogue.en.validationMessages;
    const said = Object.fromEntries(Schema.safeParse(input, { reportInput: true }).error!.issues.map((issue) => [issue.path.join(".") || "_", issueMessage(issue, t, (key) => key)]));
    expect(said).toMatchObject({
      email: "email: must be an email address",
      short: "short: the value must be at least 3 characters",
      list: "list: needs at least 1 entries",
      step: "step: must be a multiple of 5",
      positive: "positive: must be more than 0",
      small: "small: must be less than 10",
      exact: "exact: choose one of: yes",
      _: "The request: unknown fields: extra",
    });
  });
});
