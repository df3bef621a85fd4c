import { z } from "zod";
import { Identity } from "../identity/vault";

// Keys that would carry a person's identity. Evidence says what the lake found about a family
// (conditions, values, sources, dates); who the person is lives only in the identity vault.
const PERSONAL_KEYS = new Set(["iin", "name", "firstname", "lastname", "phone", "address"]);

function carriesIdentity(value: unknown): boolean {
  if (typeof value === "string") return /\b\d{12}\b/.test(value);
  if (Array.isArray(value)) return value.some(carriesIdentity);
  if (value === null || typeof value !== "object") return false;

  return Object.entries(value).some(
    ([key, inner]) => PERSONAL_KEYS.has(key.toLowerCase()) || carriesIdentity(inner),
  );
}

/** Evidence shown to the worker: any JSON, but nothing that identifies a person. */
export const Evidence = z
  .json()
  .refine((value) => !carriesIdentity(value), "Evidence must not contain names, IINs or phones");

/** A subject the eligibility stage found entitled to a service in a snapshot. */
export const Candidate = z.object({
  serviceId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "A service id is lower-case letters, digits, - and _"),
  /** A person's pseudonym (32 hex characters), or a family's id (24) for a family service. */
  pseudonym: z
    .string()
    .regex(/^([0-9a-f]{24}|[0-9a-f]{32})$/, "A subject is a pseudonym or a family id in hex"),
  familyId: z.string().min(1).max(64),
  snapshotDate: z.iso.date("A snapshot date is YYYY-MM-DD"),
  regionCode: z.string().min(1).max(16),
  districtKato: z.string().regex(/^\d{9}$/, "A KATO district code has 9 digits"),
  amount: z.number().min(0, "An amount is never negative").max(1e11),
  evidence: Evidence,
  identity: Identity.optional(),
});
export type Candidate = z.input<typeof Candidate>;

export const CreateOptions = z.object({
  now: z.date(),
  /** Days a worker has to review a new case, per service (from the service catalogue). */
  reviewDays: z.record(z.string(), z.number().int().min(1).max(365)),
  /** Days after a decline during which the same service is not offered again. */
  cooloffDays: z.number().int().min(0).max(3650),
});
