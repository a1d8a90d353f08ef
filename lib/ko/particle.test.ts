import { describe, expect, it } from "vitest";
import { josa } from "./particle";

describe("josa", () => {
  it("follows the final consonant of a Hangul word", () => {
    expect(josa("노드 VM 크기", "을")).toBe("노드 VM 크기를");
    expect(josa("스토리지 중복", "을")).toBe("스토리지 중복을");
    expect(josa("클러스터 관리자", "으로")).toBe("클러스터 관리자로");
    expect(josa("구성원", "으로")).toBe("구성원으로");
    expect(josa("서울", "으로")).toBe("서울로");
    expect(josa("데이터베이스", "은")).toBe("데이터베이스는");
    expect(josa("읽기 복제본", "이")).toBe("읽기 복제본이");
  });

  it("reads digits as Sino-Korean numbers", () => {
    expect(josa("10.10", "으로")).toBe("10.10으로");
    expect(josa("2026-W51", "으로")).toBe("2026-W51로");
    expect(josa("v2", "을")).toBe("v2를");
  });

  it("looks through closing quotes", () => {
    expect(josa("“CI 파이프라인”", "을")).toBe("“CI 파이프라인”을");
  });

  it("shows both forms when the reading is unknown", () => {
    expect(josa("prod", "을")).toBe("prod을(를)");
    expect(josa("Microsoft", "으로")).toBe("Microsoft(으)로");
    expect(josa("", "이")).toBe("이(가)");
  });
});
