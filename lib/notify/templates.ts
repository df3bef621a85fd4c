import { createHash } from "node:crypto";
import type { Service } from "../services/types";
import type { CitizenLanguage } from "./offer-view";
import { CONTACT_CENTRE_PHONE, fillText, formatDay, textsFor } from "./texts";

/** A service's message texts cannot make a message: its SMS has nowhere to put the link. */
export class MessageTemplateError extends Error {
  override name = "MessageTemplateError";
}

/** What to write to a citizen about one case: the first offer, or a reminder to answer it. */
export type MessageInput = {
  service: Service;
  language: CitizenLanguage;
  /** The citizen's answer link, /n/<token> on the portal's public address. */
  link: string;
  kind: "offer" | "reminder";
  /** The last day the link can be answered (YYYY-MM-DD). */
  answerBy: string;
};

/** One message, ready for both channels. */
export type RenderedMessage = { subject: string; sms: string; email: string };

const LINK = "{link}";

/**
 * The SMS and the e-mail of an offer or a reminder, in the citizen's language. The texts name
 * no one and say nothing sensitive: only the service, the link, the answer-by day and how to
 * reach the office.
 */
export function renderMessage(input: MessageInput): RenderedMessage {
  const { service, language, link, kind, answerBy } = input;
  const texts = textsFor(language);
  const message = service.messages[language];
  if (!message.sms.includes(LINK)) {
    throw new MessageTemplateError(`The ${language} SMS of "${service.id}" has no ${LINK}`);
  }

  const sms = message.sms.split(LINK).join(link);
  const reminder = kind === "reminder";
  const title = message.title;
  const email = [
    texts.email.greeting,
    ...(reminder ? [texts.email.reminderIntro] : []),
    fillText(texts.email.intro, { title }),
    message.explanation,
    fillText(texts.email.link, { link }),
    fillText(texts.offer.answerBy, { date: formatDay(answerBy, language) }),
    texts.offer.safety,
    [
      texts.contact.heading,
      fillText(texts.contact.centre, { phone: CONTACT_CENTRE_PHONE }),
      texts.contact.office,
    ].join("\n"),
    texts.ministry,
  ];

  return {
    subject: fillText(reminder ? texts.email.reminderSubject : texts.email.subject, { title }),
    sms: reminder ? `${texts.sms.reminderPrefix} ${sms}` : sms,
    email: email.join("\n\n"),
  };
}

/**
 * A short fingerprint of the texts a citizen was shown, recorded with their answer: the first
 * 16 hex digits of SHA-256 over the parts. Parts are joined with a NUL so that ["ab", "c"] and
 * ["a", "bc"] differ.
 */
export function textVersion(parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
