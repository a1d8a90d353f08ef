import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it("defaults to English without a header", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe(DEFAULT_LOCALE);
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage("")).toBe("en");
  });

  it("matches on the primary subtag", () => {
    expect(localeFromAcceptLanguage("ja-JP")).toBe("ja");
    expect(localeFromAcceptLanguage("ko-KR,ko;q=0.9")).toBe("ko");
    expect(localeFromAcceptLanguage("EN-us")).toBe("en");
  });

  it("takes the supported language with the highest weight", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,ko;q=0.5,ja;q=0.8")).toBe("ja");
    expect(localeFromAcceptLanguage("en;q=0.3, ko;q=0.7")).toBe("ko");
  });

  it("keeps the earlier entry on equal weights", () => {
    expect(localeFromAcceptLanguage("ko,ja")).toBe("ko");
    expect(localeFromAcceptLanguage("ja;q=0.5,ko;q=0.5")).toBe("ja");
  });

  it("skips unsupported languages and refused ones (q=0)", () => {
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("ja;q=0,ko;q=0.1")).toBe("ko");
    expect(localeFromAcceptLanguage("*")).toBe("en");
  });

  it("survives malformed input", () => {
    expect(localeFromAcceptLanguage(";;;,,,q=")).toBe("en");
    expect(localeFromAcceptLanguage("ja;q=abc")).toBe("ja");
    expect(localeFromAcceptLanguage("ko;q=7")).toBe("ko");
    expect(localeFromAcceptLanguage(`${"xx,".repeat(5_000)}ja`)).toBe("en");
  });
});

describe("isLocale", () => {
  it("accepts the portal's languages only", () => {
    expect(isLocale("ja")).toBe(true);
    expect(isLocale("ja-JP")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
