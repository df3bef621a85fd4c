import type { Role } from "./roles";
import type { Scope } from "./scope";

/** The signed-in staff member, as pages and queries see them. */
export type PortalUser = {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  scope: Scope;
};
