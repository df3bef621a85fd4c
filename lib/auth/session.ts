import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import { authOptions } from "./options";
import { canOpen, type Section } from "./roles";
import { scopeFrom } from "./scope";
import type { PortalUser } from "./user";

/**
 * The signed-in user, read again from the database on every request, so that a disabled
 * account or a changed role or scope takes effect at once rather than when the session ends.
 */
export const currentUser = cache(async (): Promise<PortalUser | null> => {
  const session = await getServerSession(authOptions());
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;

  const user = await getDb().user.findUnique({ where: { id: userId } });
  if (!user?.active) return null;
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    scope: scopeFrom(user),
  };
});

export async function requireUser(): Promise<PortalUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** The user, when their role may open the section; otherwise the 403 page. */
export async function requireSection(section: Section): Promise<PortalUser> {
  const user = await requireUser();
  if (!canOpen(user.role, section)) forbidden();
  return user;
}
