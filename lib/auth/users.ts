import type { Db } from "../db/client";
import type { Role } from "./roles";
import { scopeFrom, type Scope } from "./scope";

export type StaffRow = {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  scope: Scope;
  active: boolean;
};

export async function listStaff(db: Db): Promise<StaffRow[]> {
  const users = await db.user.findMany({ orderBy: [{ role: "asc" }, { login: "asc" }] });
  return users.map((user) => ({
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    scope: scopeFrom(user),
    active: user.active,
  }));
}
