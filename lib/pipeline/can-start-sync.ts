import type { Role } from "../auth/roles";

/** Analysts may watch sync runs; only administrators start them from the portal. */
export function canStartSync(role: Role): boolean {
  return role === "admin";
}
