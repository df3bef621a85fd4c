import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { staff } from "../lib/cases/actor";
import { approveCases } from "../lib/cases/approve-cases";
import { createCases } from "../lib/cases/create-cases";
import { transitionCase } from "../lib/cases/transition-case";
import type { Db } from "../lib/db/client";
import type { Identity } from "../lib/identity/vault";
import { parseVaultKeys } from "../lib/identity/vault-keys";
import { addStaff, BOSTANDYK, candidate } from "./cases";

export const KEYS = parseVaultKeys(`v1:${"n".repeat(40)}`);
export const SERVICE = "large-family";

export const PERSON: Identity = {
  name: "Aliya Nurlanovna Sarsenova",
  iin: "870412450123",
  phone: "+77015550123",
  email: "aliya@example.kz",
  address: "Almaty, Abay 10",
  language: "ru",
};

export const tempInbox = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-"));
  return { sms: path.join(dir, "sms.jsonl"), email: path.join(dir, "email.jsonl") };
};

/** Staff of Bostandyk who move cases to approval, as the case pages would. */
export async function notifyStaff(db: Db) {
  const worker = await addStaff(db, { login: "w", role: "social_worker", place: BOSTANDYK });
  const supervisor = await addStaff(db, { login: "s", role: "supervisor", place: BOSTANDYK });
  return { worker, supervisor };
}

/**
 * A case created by the sync's own function, recommended by a worker and approved by a
 * supervisor through the workflow: where the notifications start.
 */
export async function approvedCase(
  db: Db,
  people: Awaited<ReturnType<typeof notifyStaff>>,
  identity: Identity = PERSON,
  now = new Date(),
): Promise<string> {
  const c = candidate({ serviceId: SERVICE, identity });
  const reviewDays = { [SERVICE]: 10 };
  await createCases(db, [c], { now, reviewDays, cooloffDays: 180, vaultKeys: KEYS });
  const row = await db.case.findFirstOrThrow({ where: { subject: c.pseudonym } });
  const decision = { caseId: row.id, version: row.version, reason: "recommend_approve" };
  const seen = await transitionCase(db, staff(people.worker), { ...decision, action: "recommend" });
  const all = (cases: { id: string }[]) => Promise.resolve(new Set(cases.map((x) => x.id)));
  await approveCases(
    db,
    people.supervisor,
    { cases: [{ caseId: row.id, version: seen.version }] },
    all,
  );
  return row.id;
}
