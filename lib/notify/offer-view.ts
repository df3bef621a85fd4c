import type { AmountRule } from "../services/types";

/** The languages a citizen is written to and answers in. */
export const CITIZEN_LANGUAGES = ["kk", "ru", "en"] as const;
export type CitizenLanguage = (typeof CITIZEN_LANGUAGES)[number];

/** What the citizen's page shows about an offer: nothing that identifies them. */
export type OfferView = {
  language: CitizenLanguage;
  /** The service's title in the page's language. */
  title: string;
  /** Why the person is entitled, in plain words (the service's message text). */
  explanation: string;
  amount: { tenge: number; kind: AmountRule["kind"] };
  /** The last day the link can be answered (YYYY-MM-DD, Almaty time). */
  answerBy: string;
};
