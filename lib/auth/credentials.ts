import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { verifyPassword } from "./password";
import { checkThrottle, failureDelayMs, recordAttempt } from "./throttle";

export const CredentialsInput = z.object({
  login: z.string().trim().toLowerCase().min(1, "Enter your login.").max(100, "Login too long."),
  password: z.string().min(1, "Enter your password.").max(200, "Password too long."),
});

export class SignInError extends Error {
  override name = "SignInError";
}

// A hash of a random password: checking it costs what a real check costs, so a login that does
// not exist answers no faster than one that does.
const DECOY_HASH =
  "scrypt$32768$8$1$qk3rmzq0QlTrn3mS1pRR6g==$F6h8bNx6KX6cVq8VqJ8m0Xv7mJ6a0bX8kq8qQ8u0cFQ=";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Checks a login and password; refused sign-ins are slowed down, counted and audited. */
export async function verifyCredentials(db: Db, input: unknown, address: string) {
  const parsed = CredentialsInput.safeParse(input);
  if (!parsed.success) throw new SignInError(parsed.error.issues[0]?.message ?? "Sign-in failed.");

  const { login, password } = parsed.data;
  const verdict = await checkThrottle(db, login, address);
  if (verdict.blocked) {
    await recordAudit(db, {
      action: "sign_in_refused",
      subject: `login ${login}`,
      address,
      detail: { why: "throttled" },
    });
    throw new SignInError(
      "Too many failed sign-ins. " +
        `Try again in ${verdict.minutes} minute${verdict.minutes > 1 ? "s" : ""}.`,
    );
  }

  const user = await db.user.findUnique({ where: { login } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
  if (!user || !matches || !user.active) {
    await recordAttempt(db, login, address, false);
    await recordAudit(db, { action: "sign_in_refused", subject: `login ${login}`, address });
    await sleep(failureDelayMs(verdict.failures));
    if (user && matches && !user.active) {
      throw new SignInError("This account is disabled. Ask an administrator.");
    }
    throw new SignInError("Wrong login or password.");
  }

  await recordAttempt(db, login, address, true);
  await recordAudit(db, { action: "sign_in", actorId: user.id, actorRole: user.role, address });
  return user;
}
