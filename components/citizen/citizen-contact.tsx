import { CitizenPhoneText } from "./citizen-phone-text";
import type { CitizenLanguage } from "@/lib/notify/offer-view";
import { textsFor } from "@/lib/notify/texts";

/** How a citizen reaches the office: the contact centre's number and the local department. */
export function CitizenContact({ language }: { language: CitizenLanguage }) {
  const { contact } = textsFor(language);

  return (
    <section aria-labelledby="citizen-contact">
      <h2 id="citizen-contact" className="text-base font-semibold text-slate-900">
        {contact.heading}
      </h2>
      <p className="mt-1 text-slate-700">
        <CitizenPhoneText
          text={contact.centre}
          linkClassName="inline-flex min-h-11 min-w-11 items-center px-1"
        />
      </p>
      <p className="mt-1 text-slate-700">{contact.office}</p>
    </section>
  );
}
