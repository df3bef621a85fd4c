import { describe, expect, it } from "vitest";
import { SERVICES } from "../services";
import { CITIZEN_LANGUAGES } from "./offer-view";
import { fillText, formatDay, formatTenge, TEXTS, textsFor } from "./texts";

/** Every string of a texts object by its dotted path, walking nested objects. */
function leaves(value: unknown, path = ""): Map<string, unknown> {
  if (typeof value !== "object" || value === null) return new Map([[path, value]]);

  const entries = Object.entries(value).flatMap(([key, child]) => [
    ...leaves(child, path ? `${path}.${key}` : key),
  ]);

  return new Map(entries);
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Spaces as Intl writes them (narrow or no-break) turned into plain ones, for comparing. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const english = leaves(TEXTS.en);

describe("the citizen texts", () => {
  it("walks nested texts down to every string", () => {
    expect(english.get("offer.amountKind.in_kind")).toBe("estimated value, given in kind");
    expect(english.size).toBeGreaterThan(40);
  });

  it.each(CITIZEN_LANGUAGES)("%s has every key English has, and no other", (language) => {
    const texts = leaves(TEXTS[language]);

    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(CITIZEN_LANGUAGES)("%s has a non-empty text under every key", (language) => {
    for (const [key, text] of leaves(TEXTS[language])) {
      expect(typeof text, key).toBe("string");
      expect(String(text).trim(), key).not.toBe("");
    }
  });

  it.each(CITIZEN_LANGUAGES)("%s has the same placeholders as English", (language) => {
    for (const [key, text] of leaves(TEXTS[language])) {
      expect(placeholdersOf(String(text)), key).toEqual(placeholdersOf(String(english.get(key))));
    }
  });

  it("names each language in itself", () => {
    const names = CITIZEN_LANGUAGES.map((language) => textsFor(language).languageName);

    expect(names).toEqual(["Қазақша", "Русский", "English"]);
  });

  it("says the same thing about every unusable link, naming the contact centre", () => {
    for (const language of CITIZEN_LANGUAGES) {
      expect(textsFor(language).unusable.help).toContain("{phone}");
    }
    expect(TEXTS.en.unusable.body).toBe(
      "This link cannot be used. It may have expired, already been answered, or been copied " +
        "incompletely.",
    );
  });
});

describe("fillText", () => {
  it("fills every placeholder and leaves the rest of the text alone", () => {
    expect(fillText("Answer by {date}: {link}", { date: "1 May", link: "https://x/n/a$&b" })).toBe(
      "Answer by 1 May: https://x/n/a$&b",
    );
  });

  it("refuses a placeholder it has no value for", () => {
    expect(() => fillText("Answer by {date}", {})).toThrow(/\{date\}/);
  });
});

describe("formatTenge", () => {
  it("writes tenge as each language writes numbers, sign after", () => {
    expect(plain(formatTenge(79788.33, "kk"))).toBe("79 788,33 ₸");
    expect(plain(formatTenge(79788.33, "ru"))).toBe("79 788,33 ₸");
    expect(plain(formatTenge(79788.33, "en"))).toBe("79,788.33 ₸");
  });

  it("shows tiyn only when there are some, rounded to two digits", () => {
    expect(plain(formatTenge(150000, "ru"))).toBe("150 000 ₸");
    expect(plain(formatTenge(1234.5, "en"))).toBe("1,234.50 ₸");
    expect(plain(formatTenge(99.999, "en"))).toBe("100 ₸");
  });

  it("keeps the amount and the sign on one line", () => {
    expect(formatTenge(5, "kk")).toBe("5\u00a0₸");
  });

  it("refuses what is not an amount", () => {
    expect(() => formatTenge(Number.NaN, "en")).toThrow(RangeError);
  });
});

describe("formatDay", () => {
  it("writes a calendar day as each language does, whatever the time zone", () => {
    expect(formatDay("2025-03-05", "ru")).toBe("5 марта 2025 г.");
    expect(formatDay("2025-03-05", "en")).toBe("March 5, 2025");
    expect(formatDay("2025-03-05", "kk")).toMatch(/2025.*5 наурыз/);
  });

  it.each(["2025-02-30", "2025-3-5", "5.03.2025", ""])("refuses %j", (day) => {
    expect(() => formatDay(day, "en")).toThrow(RangeError);
  });
});

describe("the service messages", () => {
  it.each(SERVICES.map((s) => [s.id, s] as const))("%s has usable kk, ru, en texts", (_, s) => {
    for (const language of CITIZEN_LANGUAGES) {
      const message = s.messages[language];

      expect(message.title.trim(), language).not.toBe("");
      expect(message.explanation.trim(), language).not.toBe("");
      expect(message.sms, language).toContain("{link}");
      expect(message.sms.replace("{link}", "").trim(), language).not.toBe("");
    }
  });
});
