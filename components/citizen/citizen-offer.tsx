import type { ReactNode } from "react";
import { CitizenAnswerForm } from "./citizen-answer-form";
import type { OfferView } from "@/lib/notify/offer-view";
import { fillText, formatDay, formatTenge, textsFor } from "@/lib/notify/texts";

type Props = {
  offer: OfferView;
  token: string;
  answer: (formData: FormData) => void | Promise<void>;
  /** Why the last answer was not taken, in the page's language. */
  error?: string;
};

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-1 space-y-2 text-slate-700">{children}</div>
    </section>
  );
}

/**
 * An offer as the citizen reads it: what they are entitled to and why, how much, how it
 * reaches them, by when to answer, and the answer form.
 */
export function CitizenOffer({ offer, token, answer, error }: Props) {
  const texts = textsFor(offer.language).offer;
  const { kind } = offer.amount;

  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">{texts.heading}</h1>
      <p className="mt-2 text-xl font-medium text-slate-900">{offer.title}</p>
      <p className="mt-2 text-slate-700">{texts.lead}</p>

      <Part id="offer-why" title={texts.why}>
        <p>{offer.explanation}</p>
      </Part>
      <Part id="offer-amount" title={texts.amount}>
        <p>
          <span className="text-3xl font-semibold text-slate-900">
            {formatTenge(offer.amount.tenge, offer.language)}
          </span>{" "}
          <span>{texts.amountKind[kind]}</span>
        </p>
      </Part>
      <Part id="offer-payment" title={texts.payment}>
        <p>{texts.paymentWay[kind]}</p>
        <p>{texts.safety}</p>
      </Part>
      <Part id="offer-answer" title={texts.answer}>
        <p className="font-medium text-slate-900">
          {fillText(texts.answerBy, { date: formatDay(offer.answerBy, offer.language) })}
        </p>
        <CitizenAnswerForm language={offer.language} token={token} answer={answer} error={error} />
      </Part>
    </div>
  );
}
