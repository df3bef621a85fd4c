import { CITIZEN_LANGUAGES, type CitizenLanguage } from "./offer-view";

/** The language of a citizen who says nothing we can use: most citizens read Kazakh. */
export const DEFAULT_LANGUAGE: CitizenLanguage = "kk";

/** A header longer than this is read only up to it: no browser sends that much. */
const MAX_HEADER_LENGTH = 1000;

const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

function asLanguage(value: string): CitizenLanguage | null {
  const base = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";

  return CITIZEN_LANGUAGES.find((language) => language === base) ?? null;
}

/** One Accept-Language entry ("ru-RU;q=0.8") as a language we write, and its weight. */
function parseEntry(entry: string): { language: CitizenLanguage; q: number } | null {
  const [tag = "", ...params] = entry.split(";").map((part) => part.trim());
  const language = asLanguage(tag);
  if (!language) return null;

  const quality = params
    .map((param) => param.toLowerCase().replace(/\s+/g, ""))
    .find((param) => param.startsWith("q="));
  if (quality === undefined) return { language, q: 1 };
  if (!QUALITY.test(quality)) return null;

  return { language, q: Number(quality.slice(2)) };
}

/**
 * The language of a citizen's page: a valid `requested` language (the switcher's choice)
 * wins; otherwise the supported language the browser weights highest in Accept-Language,
 * the first listed on a tie; otherwise Kazakh. Anything malformed is skipped, never thrown.
 */
export function pickLanguage(
  acceptLanguage: string | null,
  requested?: string | null,
): CitizenLanguage {
  const wanted = requested?.trim().toLowerCase();
  const chosen = CITIZEN_LANGUAGES.find((language) => language === wanted);
  if (chosen) return chosen;

  let best: { language: CitizenLanguage; q: number } | null = null;
  for (const entry of (acceptLanguage ?? "").slice(0, MAX_HEADER_LENGTH).split(",")) {
    const parsed = parseEntry(entry);
    if (parsed && parsed.q > 0 && parsed.q > (best?.q ?? 0)) best = parsed;
  }

  return best?.language ?? DEFAULT_LANGUAGE;
}
