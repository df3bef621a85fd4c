import { storeIdentities, type SubjectIdentity } from "../cases/store-identities";
import { parseVaultKeys } from "../identity/vault-keys";
import { identityQuery } from "./case-identities";
import { readLandingPlan } from "./landing-plan";
import type { StageContext } from "./stage";

/** Identities per answer from the lake: about 45 MB of text at most. */
const PER_QUERY = 250_000;
const PER_WRITE = 5_000;

type Row = [
  subject: string,
  iin: string,
  name: string,
  phone: string,
  address: string,
  language: string,
];

const LANGUAGES = new Set(["kk", "ru", "en"]);

const toIdentity = ([subject, iin, name, phone, address, language]: Row): SubjectIdentity => ({
  subject,
  identity: {
    iin,
    name,
    ...(phone ? { phone } : {}),
    ...(address ? { address } : {}),
    ...(LANGUAGES.has(language) ? { language: language as "kk" | "ru" | "en" } : {}),
  },
});

/**
 * Reads the name, IIN, phone and address of every new candidate's recipient from this run's
 * deliveries and seals them into the vault for the subjects that have an open case. Nothing
 * of it is logged or written to the lake. Returns how many identities were stored.
 */
export async function sealCaseIdentities(
  context: StageContext,
  candidates: number,
  progress: (fraction: number) => Promise<void>,
): Promise<number> {
  const query = identityQuery(readLandingPlan(context.env.dataDir, context.runId));
  if (!query || candidates === 0) return 0;

  const keys = parseVaultKeys(context.env.IDENTITY_KEYS);
  const buckets = Math.max(1, Math.ceil(candidates / PER_QUERY));
  let stored = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const result = await context.lake.query({
      query: query.sql,
      query_params: {
        ...query.params,
        snapshot_date: context.snapshotDate,
        pseudonym_key: context.env.PSEUDONYM_KEY,
        buckets,
        bucket,
      },
      format: "JSONCompactEachRow",
    });
    const rows = (await result.json<Row>()).filter((row) => row[1] && row[2]);
    for (let start = 0; start < rows.length; start += PER_WRITE) {
      const batch = rows.slice(start, start + PER_WRITE).map(toIdentity);
      stored += await storeIdentities(context.db, keys, batch);
    }
    await progress((bucket + 1) / buckets);
  }

  return stored;
}
