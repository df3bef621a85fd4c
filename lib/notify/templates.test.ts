import { describe, expect, it } from "vitest";
import { serviceOf } from "../services";
import type { Service } from "../services/types";
import { CITIZEN_LANGUAGES } from "./offer-view";
import { MessageTemplateError, renderMessage, textVersion } from "./templates";
import { textsFor } from "./texts";

const maternity = serviceOf("maternity");
const LINK = "https://portal.example.kz/n/Ab3_x-9";
const input = { service: maternity, link: LINK, answerBy: "2025-03-05" } as const;

describe("renderMessage", () => {
  it.each(CITIZEN_LANGUAGES)("writes the %s offer with the link and no placeholder", (language) => {
    const message = renderMessage({ ...input, language, kind: "offer" });
    const texts = maternity.messages[language];

    expect(message.subject).toBe(texts.title);
    expect(message.sms).toBe(texts.sms.replace("{link}", LINK));
    expect(message.email).toContain(textsFor(language).email.greeting);
    expect(message.email).toContain(texts.explanation);
    expect(message.email).toContain(LINK);
    expect(message.email).toContain("1414");
    expect(message.email).not.toContain(textsFor(language).email.reminderIntro);
    for (const text of Object.values(message)) expect(text).not.toMatch(/[{}]/);
  });

  it.each(CITIZEN_LANGUAGES)("writes the %s reminder with the reminder word", (language) => {
    const message = renderMessage({ ...input, language, kind: "reminder" });
    const prefix = textsFor(language).sms.reminderPrefix;

    expect(message.sms).toBe(
      `${prefix} ${maternity.messages[language].sms.replace("{link}", LINK)}`,
    );
    expect(message.subject).toBe(`${prefix} ${maternity.messages[language].title}`);
    expect(message.email).toContain(textsFor(language).email.reminderIntro);
    for (const text of Object.values(message)) expect(text).not.toMatch(/[{}]/);
  });

  it("writes the answer-by day in the citizen's language", () => {
    expect(renderMessage({ ...input, language: "ru", kind: "offer" }).email).toContain(
      "Ответить можно до 5 марта 2025 г. включительно.",
    );
    expect(renderMessage({ ...input, language: "en", kind: "offer" }).email).toContain(
      "Please answer by March 5, 2025.",
    );
  });

  it("refuses a service whose SMS has no place for the link", () => {
    const broken: Service = {
      ...maternity,
      messages: { ...maternity.messages, kk: { ...maternity.messages.kk, sms: "Жауап беріңіз" } },
    };

    expect(() =>
      renderMessage({ ...input, service: broken, language: "kk", kind: "offer" }),
    ).toThrow(MessageTemplateError);
  });
});

describe("textVersion", () => {
  it("is 16 hex digits, the same for the same texts", () => {
    const version = textVersion(["Сізге әлеуметтік қолдау тиесілі", "Келісемін"]);

    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(textVersion(["Сізге әлеуметтік қолдау тиесілі", "Келісемін"])).toBe(version);
  });

  it("differs when any text differs, or the texts are split differently", () => {
    const version = textVersion(["I accept", "I decline"]);

    expect(textVersion(["I accept", "I decline."])).not.toBe(version);
    expect(textVersion(["I decline", "I accept"])).not.toBe(version);
    expect(textVersion(["I accep", "tI decline"])).not.toBe(version);
  });
});
