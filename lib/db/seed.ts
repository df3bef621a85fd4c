import { hashPassword } from "../auth/password";
import type { Db } from "./client";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

/** Creates the demo accounts that are missing; accounts already there are left as they are. */
export async function seedDemoUsers(db: Db): Promise<number> {
  const existing = new Set(
    (await db.user.findMany({ select: { login: true } })).map((user) => user.login),
  );
  const missing = DEMO_USERS.filter((user) => !existing.has(user.login));
  for (const user of missing) {
    await db.user.create({
      data: {
        login: user.login,
        displayName: user.displayName,
        role: user.role,
        scopeLevel: user.scopeLevel,
        regionCode: user.regionCode ?? null,
        districtCode: user.districtCode ?? null,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
  }
  return missing.length;
}
