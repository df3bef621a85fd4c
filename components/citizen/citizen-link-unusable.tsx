import { CitizenNotice } from "./citizen-notice";
import { CitizenPhoneText } from "./citizen-phone-text";
import type { CitizenLanguage } from "@/lib/notify/offer-view";
import { textsFor } from "@/lib/notify/texts";

/**
 * The one page for every link that cannot be used (expired, answered, unknown, cut short), so
 * the page never tells whether a link existed; it says how to reach the office instead.
 */
export function CitizenLinkUnusable({ language }: { language: CitizenLanguage }) {
  const texts = textsFor(language).unusable;

  return (
    <CitizenNotice title={texts.heading}>
      <p>{texts.body}</p>
      <p>
        <CitizenPhoneText text={texts.help} />
      </p>
    </CitizenNotice>
  );
}
