import { describe, expect, it } from "vitest";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { settingsErrorTexts } from "@/lib/settings-errors";
import { changedSettings, fromFormValues, settingsResolver, toFormValues, validSettings, type SettingsFormValues } from "./form";
import { formatSettingValue } from "./format-value";

const resolve = (values: SettingsFormValues) => settingsResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("the settings form", () => {
  it("turns tags into rows and back, dropping empty rows", () => {
    const values = toFormValues({ tags: { costCenter: "cc-7" } });
    expect(values.tags).toEqual([{ name: "costCenter", value: "cc-7" }]);
    expect(fromFormValues({ ...values, tags: [...values.tags, { name: "", value: "" }] }).tags).toEqual({ costCenter: "cc-7" });
  });

  it("accepts the defaults and gives the parsed settings", async () => {
    const result = await resolve(toFormValues(DEFAULT_CLUSTER_SETTINGS));
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(DEFAULT_CLUSTER_SETTINGS);
  });

  it("puts a tag name's error on the row that holds the name", async () => {
    const values = toFormValues({});
    values.tags = [
      { name: "fine", value: "1" },
      { name: "bad/name", value: "2" },
    ];
    const result = await resolve(values);
    const rows = result.errors.tags as unknown as ({ name?: { message: string } } | undefined)[];
    expect(rows[0]).toBeUndefined();
    expect(rows[1]?.name?.message).toContain("cannot contain");
  });

  it("refuses duplicate tag names on the later row", async () => {
    const values = toFormValues({});
    values.tags = [
      { name: "team", value: "a" },
      { name: "team", value: "b" },
    ];
    const rows = (await resolve(values)).errors.tags as unknown as ({ name?: { message: string } } | undefined)[];
    expect(rows[0]).toBeUndefined();
    expect(rows[1]?.name?.message).toBe("Custom tags: a name may be used only once");
  });

  it("refuses a node count below 3 and a read replica on Burstable, on their fields", async () => {
    const values = { ...toFormValues({}), maxNodeCount: 2, postgresTier: "Burstable" as const, postgresSku: "Standard_B1ms", readReplica: true };
    const { errors } = await resolve(values);
    expect(errors.maxNodeCount?.message).toBe("Maximum node count: must be at least 3");
    expect(errors.readReplica?.message).toBe("Read replica: a read replica needs the General Purpose or Memory Optimized tier");
  });

  it("puts a tag value's error on its row's value, in the reader's language", async () => {
    const values = toFormValues({});
    values.tags = [{ name: "team", value: "v".repeat(257) }];
    const rows = (await settingsResolver(values, settingsErrorTexts("ja"), { fields: {}, shouldUseNativeValidation: false })).errors.tags as unknown as ({ name?: { message: string }; value?: { message: string } } | undefined)[];
    expect(rows[0]?.name).toBeUndefined();
    expect(rows[0]?.value?.message).toBe("カスタム タグ: 値は 256 文字以内にしてください");
  });

  it("knows at once whether the values are valid (the wizard's steps)", () => {
    expect(validSettings(toFormValues(DEFAULT_CLUSTER_SETTINGS))).toEqual(DEFAULT_CLUSTER_SETTINGS);
    expect(validSettings({ ...toFormValues({}), nodeCidr: "10.0.0.0/8" })).toBeNull();
    expect(validSettings({ ...toFormValues({}), tags: [{ name: "a", value: "1" }, { name: "a", value: "2" }] })).toBeNull();
  });

  it("sends only the changed settings among the editable ones", () => {
    const from = { ...DEFAULT_CLUSTER_SETTINGS, tags: { a: "1" } };
    const next = { ...from, loadBalancer: "internal" as const, tags: { a: "1" }, nodeCidr: "10.1.0.0/22" };
    expect(changedSettings(next, from, ["loadBalancer", "tags", "aksTier"])).toEqual({ loadBalancer: "internal" });
    expect(changedSettings({ ...next, tags: { a: "2" } }, from, ["tags"])).toEqual({ tags: { a: "2" } });
  });
});

describe("setting values in words", () => {
  it.each([
    ["loadBalancer", "internal", "Internal"],
    ["databaseHighAvailability", "ZoneRedundant", "Zone redundant"],
    ["storageRedundancy", "RA-GZRS", "RA-GZRS · geo-zone-redundant, readable"],
    ["storageTier", "P30", "P30 (1024 GiB)"],
    ["networkIsolated", true, "On"],
    ["readReplica", false, "No"],
    ["tags", {}, "None"],
    ["tags", { a: "1", b: "2" }, "a=1, b=2"],
    ["customCaCertificate", null, "None"],
  ])("%s %j → %s", (key, value, text) => {
    expect(formatSettingValue(key, value)).toBe(text);
  });

  it("in the reader's language", () => {
    const ja = "ja" as const;
    expect(formatSettingValue("databaseHighAvailability", "SameZone", ja)).toBe(settingsCatalogue.ja.HA_LABELS.SameZone);
    expect(formatSettingValue("networkIsolated", true, ja)).toBe(settingsPageCatalogue.ja.settingsPageMessages.on);
    expect(formatSettingValue("tags", {}, ja)).toBe(settingsPageCatalogue.ja.settingsPageMessages.none);
  });
});
