import type { CitizenLanguage } from "@/lib/notify/offer-view";
import { REASON_MAX_LENGTH, textsFor } from "@/lib/notify/texts";

type Props = {
  language: CitizenLanguage;
  token: string;
  answer: (formData: FormData) => void | Promise<void>;
  error?: string;
};

const DECLINE = "border-2 border-slate-700 bg-white text-slate-900 hover:bg-slate-100";

const BUTTON =
  "min-h-12 w-full rounded-md px-4 py-3 text-base font-semibold focus-visible:outline " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800";

/**
 * The citizen's answer as one plain form, so it works without JavaScript: the token and the
 * page's language ride along hidden, the button pressed is the decision, the reason is optional.
 */
export function CitizenAnswerForm({ language, token, answer, error }: Props) {
  const texts = textsFor(language).offer;

  return (
    <form action={answer} className="mt-4 space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="language" value={language} />
      {error ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-rose-800">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="citizen-reason" className="block font-medium text-slate-900">
          {texts.reason}
        </label>
        <p id="citizen-reason-hint" className="mt-1 text-sm text-slate-700">
          {texts.reasonHint}
        </p>
        <textarea
          id="citizen-reason"
          name="reason"
          rows={3}
          maxLength={REASON_MAX_LENGTH}
          aria-describedby="citizen-reason-hint"
          className={
            "mt-2 block w-full rounded-md border border-slate-500 px-3 py-2 text-base " +
            "text-slate-900 focus-visible:outline focus-visible:outline-2 " +
            "focus-visible:outline-offset-2 focus-visible:outline-sky-800"
          }
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <button
          type="submit"
          name="decision"
          value="accepted"
          className={`${BUTTON} bg-sky-800 text-white hover:bg-sky-900`}
        >
          {texts.accept}
        </button>
        <button type="submit" name="decision" value="declined" className={`${BUTTON} ${DECLINE}`}>
          {texts.decline}
        </button>
      </div>
    </form>
  );
}
