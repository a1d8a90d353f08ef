import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "./catalogue";

// Every binding in lib/i18n/catalogues/, found by the file system so a new one cannot be forgotten.
const bindings = import.meta.glob<Record<string, Catalogue<object>>>("./catalogues/*.ts", { eager: true });
const english = import.meta.glob<Record<string, unknown>>("../messages*.ts", { eager: true });

/** Exports of catalogue modules that are codes or rules, not text. */
const NOT_TEXT = new Set(["messages-sign-in.ts:OIDC_REFUSALS"]);

/** The differences between an English value and its translation: missing/extra keys, kinds, arity. */
function differences(en: unknown, other: unknown, at: string): string[] {
  if (typeof en === "string") return typeof other === "string" && other.trim() !== "" ? [] : [`${at}: not a text`];
  if (typeof en === "function") {
    if (typeof other !== "function") return [`${at}: not a function`];
    return en.length === other.length ? [] : [`${at}: takes ${other.length} arguments instead of ${en.length}`];
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(other) || other.length !== en.length) return [`${at}: not a list of ${en.length}`];
    return en.flatMap((item, index) => differences(item, other[index], `${at}[${index}]`));
  }
  if (en && typeof en === "object") {
    if (!other || typeof other !== "object") return [`${at}: missing`];
    const keys = new Set([...Object.keys(en), ...Object.keys(other)]);
    return [...keys].flatMap((key) => {
      if (!(key in en)) return [`${at}.${key}: extra`];
      if (!(key in other)) return [`${at}.${key}: missing`];
      return differences((en as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${at}.${key}`);
    });
  }
  return [`${at}: not text (${typeof en})`];
}

describe("message catalogue", () => {
  it("binds every catalogue module to its translations", () => {
    const modules = readdirSync(path.resolve(import.meta.dirname, ".."))
      .filter((name) => /^messages(-[a-z0-9-]+)?\.ts$/.test(name))
      .sort();
    const bound = Object.keys(bindings).map((file) => path.basename(file)).sort();
    expect(bound).toEqual(modules);
  });

  it("binds every text export of each module (functions and codes aside)", () => {
    const unbound = Object.entries(english).flatMap(([file, exports]) => {
      const name = path.basename(file);
      const binding = bindings[`./catalogues/${name}`];
      const bound = new Set(Object.values(binding ?? {}).flatMap((entry) => Object.keys(entry.en)));
      return Object.entries(exports)
        .filter(([key, value]) => typeof value !== "function" && !NOT_TEXT.has(`${name}:${key}`) && !bound.has(key))
        .map(([key]) => `${name}:${key}`);
    });
    expect(unbound).toEqual([]);
  });

  for (const [file, exports] of Object.entries(bindings)) {
    it(`${path.basename(file)} has every key in Japanese and Korean, and no other`, () => {
      const entries = Object.values(exports);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(differences(entry.en, entry.ja, "ja")).toEqual([]);
        expect(differences(entry.en, entry.ko, "ko")).toEqual([]);
      }
    });
  }

  it("notices a missing key, an extra key and a changed arity", () => {
    const en = { a: "A", b: { c: "C" }, f: (n: number) => `${n}` };
    expect(differences(en, { a: "あ", b: {}, f: () => "", x: "" }, "ja")).toEqual(["ja.b.c: missing", "ja.f: takes 0 arguments instead of 1", "ja.x: extra"]);
  });
});
