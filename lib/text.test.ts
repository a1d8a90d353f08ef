import { describe, expect, it } from "vitest";
import { escapeLike, NUL_MESSAGE, REQUIRED_MESSAGE, zText } from "./text";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : result.error!.issues.map((issue) => issue.message));

describe("zText", () => {
  it("says an empty required field, a short and a long one in words", () => {
    expect(messages(zText(10, { min: 1, trim: true }).safeParse("   "))).toEqual([REQUIRED_MESSAGE]);
    expect(messages(zText(10, { min: 5 }).safeParse("abc"))).toEqual(["At least 5 characters."]);
    expect(messages(zText(3).safeParse("abcd"))).toEqual(["At most 3 characters."]);
    expect(messages(zText(3, { tooLong: "Too long for a tag." }).safeParse("abcd"))).toEqual(["Too long for a tag."]);
  });

  it("accepts text within its bounds, trimmed when asked, and refuses NUL", () => {
    expect(zText(5, { min: 1, trim: true }).parse("  ab ")).toBe("ab");
    expect(zText(5).parse("")).toBe("");
    expect(messages(zText(10).safeParse("a\u0000b"))).toEqual([NUL_MESSAGE]);
  });
});

describe("escapeLike", () => {
  it("escapes LIKE's wildcards and the escape character", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});
