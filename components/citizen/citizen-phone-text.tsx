import { CONTACT_CENTRE_PHONE } from "@/lib/notify/texts";

type Props = { text: string; linkClassName?: string };

const LINK =
  "font-semibold text-slate-900 underline focus-visible:outline focus-visible:outline-2 " +
  "focus-visible:outline-offset-2 focus-visible:outline-sky-800";

/** A citizen text with its `{phone}` placeholder as a link that calls the contact centre. */
export function CitizenPhoneText({ text, linkClassName = "" }: Props) {
  const parts = text.split("{phone}");

  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 ? (
            <a href={`tel:${CONTACT_CENTRE_PHONE}`} className={`${LINK} ${linkClassName}`.trim()}>
              {CONTACT_CENTRE_PHONE}
            </a>
          ) : null}
          {part}
        </span>
      ))}
    </>
  );
}
