import type { ReactNode } from "react";
import { CitizenContact } from "./citizen-contact";
import { CITIZEN_LANGUAGES, type CitizenLanguage } from "@/lib/notify/offer-view";
import { textsFor } from "@/lib/notify/texts";

type Props = {
  language: CitizenLanguage;
  /** The address of the same page in another language. */
  switchHref: (language: CitizenLanguage) => string;
  children: ReactNode;
};

const CARD = "mx-auto w-full max-w-lg rounded-lg border border-slate-200 bg-white shadow-sm";

const HEADER =
  "flex flex-col gap-2 border-b border-slate-200 px-5 py-3 sm:flex-row sm:justify-between";

const LINK =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 text-sm " +
  "font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 " +
  "focus-visible:outline-sky-800";

/**
 * The frame of a citizen's public page: a narrow card in the page's language with the
 * ministry's name, a language switcher made of plain links, and the office's contact.
 */
export function CitizenShell({ language, switchHref, children }: Props) {
  const texts = textsFor(language);

  return (
    <div lang={language} className="min-h-screen bg-slate-50 px-4 py-6 text-slate-900 sm:py-10">
      <div className={CARD}>
        <header className={HEADER}>
          <p className="text-sm font-medium text-slate-700 sm:pt-3">{texts.ministry}</p>
          <nav aria-label={texts.languageSwitch} className="shrink-0">
            <ul className="flex flex-wrap gap-1">
              {CITIZEN_LANGUAGES.map((other) => (
                <li key={other}>
                  <a
                    href={switchHref(other)}
                    lang={other}
                    hrefLang={other}
                    aria-current={other === language ? "true" : undefined}
                    className={
                      LINK +
                      (other === language
                        ? " bg-slate-900 text-white"
                        : " text-slate-900 underline hover:bg-slate-100")
                    }
                  >
                    {textsFor(other).languageName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main className="px-5 py-6">{children}</main>
        <footer className="border-t border-slate-200 px-5 py-4">
          <CitizenContact language={language} />
        </footer>
      </div>
    </div>
  );
}
