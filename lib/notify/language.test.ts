import { describe, expect, it } from "vitest";
import { pickLanguage } from "./language";

describe("pickLanguage", () => {
  it.each([
    ["kk", "kk"],
    ["ru", "ru"],
    ["en", "en"],
    ["kk-KZ", "kk"],
    ["ru-RU,ru;q=0.9", "ru"],
    ["en-GB", "en"],
    ["EN-us", "en"],
    ["ru_KZ", "ru"],
  ] as const)("reads %j as %s", (header, language) => {
    expect(pickLanguage(header)).toBe(language);
  });

  it.each([
    ["ru;q=0.5, en;q=0.9", "en"],
    ["en;q=0.2, kk-KZ;q=0.8, ru;q=0.7", "kk"],
    ["de-DE, ru;q=0.3, en;q=0.1", "ru"],
    ["en;q=0.7, ru;q=0.7", "en"],
    ["ru;q=0.7, en", "en"],
    ["en ; q = 0.4 , ru;Q=0.5", "ru"],
  ] as const)("picks the highest weight in %j", (header, language) => {
    expect(pickLanguage(header)).toBe(language);
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["only unsupported languages", "de-DE,fr;q=0.9,*;q=0.5"],
    ["every supported language refused", "en;q=0, ru;q=0.000"],
    ["a weight above one", "en;q=2"],
    ["a weight that is not a number", "ru;q=high"],
    ["garbage", ";;;,,,==q=;\u0000\u{1F600}"],
    ["a language name that only starts like one", "english, russian"],
  ])("falls back to Kazakh for %s", (_, header) => {
    expect(pickLanguage(header)).toBe("kk");
  });

  it("skips a malformed entry but keeps the good ones", () => {
    expect(pickLanguage("en;q=abc, ru;q=0.2")).toBe("ru");
  });

  it("reads only the first 1000 characters of a very long header", () => {
    const filler = Array.from({ length: 200 }, () => "de;q=0.1").join(",");

    expect(pickLanguage(`${filler},en`)).toBe("kk");
    expect(pickLanguage(`ru;q=0.5,${filler},en`)).toBe("ru");
    expect(pickLanguage("x".repeat(1_000_000))).toBe("kk");
  });

  it("lets a requested language win over the header", () => {
    expect(pickLanguage("ru-RU,ru;q=0.9", "en")).toBe("en");
    expect(pickLanguage(null, "ru")).toBe("ru");
    expect(pickLanguage("en", " KK ")).toBe("kk");
  });

  it.each(["de", "english", "ru-RU", "", null, undefined])(
    "ignores the requested value %j and reads the header",
    (requested) => {
      expect(pickLanguage("en-GB,en;q=0.9", requested)).toBe("en");
    },
  );
});
