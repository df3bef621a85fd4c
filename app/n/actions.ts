"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/options";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AnswerInput, answerOffer } from "@/lib/notify/answer-offer";
import { addressKey, withinRateLimit } from "@/lib/notify/rate-limit";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/**
 * The citizen's answer, posted by the page's form (no JavaScript needed). A valid answer goes
 * to the thank-you page; a reason that cannot be kept goes back to the offer with the error;
 * anything else (used, expired, unknown link, too many requests) to the link's own page,
 * which says so.
 */
export async function answerAction(form: FormData): Promise<void> {
  const db = getDb();
  const token = field(form, "token") ?? "";
  const language = field(form, "language");
  const back = `/n/${encodeURIComponent(token.slice(0, 64))}?lang=${language ?? "kk"}`;
  const address = clientAddress(await headers());
  if (!(await withinRateLimit(db, addressKey("n", address), getEnv().NOTIFY_RATE_LIMIT))) {
    redirect(`${back}&limited=1`);
  }

  const parsed = AnswerInput.safeParse({
    token,
    decision: field(form, "decision"),
    reason: field(form, "reason"),
    language,
  });
  if (!parsed.success) {
    const iin = parsed.error.issues.some((issue) => issue.message.includes("IIN"));
    redirect(`${back}&error=${iin ? "iin" : "form"}`);
  }

  const outcome = await answerOffer(db, parsed.data);
  if (outcome.kind === "unusable") redirect(back);
  redirect(`/n/answered?decision=${outcome.decision}&lang=${parsed.data.language}`);
}
