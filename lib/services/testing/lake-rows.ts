import { tempDir } from "../../../test/postgres";
import { openLake, type LakeClient } from "../../clickhouse/client";
import { migrateLake } from "../../clickhouse/migrate";
import { parseEnv } from "../../env";
import { PIPELINE_SOURCES } from "../../pipeline/sources";

/** A fresh lake with every migration applied, in a temporary folder. */
export async function openTestLake(prefix: string) {
  const folder = tempDir(prefix);
  const env = parseEnv({ DATA_DIR: folder.dir, PSEUDONYM_KEY: "k".repeat(40) });
  const lake = await openLake(env);
  await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
  const close = async () => {
    await lake.close();
    folder.remove();
  };

  return { lake, close };
}

/** The ISO day `n` days after `day` (before, when negative). */
export function shift(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);

  return date.toISOString().slice(0, 10);
}

/** Born `years` years (and `days` more days) before `day`. */
export function bornYearsAgo(day: string, years: number, days = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);

  return shift(date.toISOString().slice(0, 10), -days);
}

export type Member = {
  id: string;
  birth: string;
  relation?: "head" | "spouse" | "child";
  sex?: "male" | "female";
};

export type Place = { region: string; district: string };
export const ASTANA: Place = { region: "KZ-71", district: "711110000" };

type Row = Record<string, unknown>;

/**
 * Hand-built lake rows for one snapshot: families with their members, and rows of the source
 * tables. Columns a test leaves out take their defaults. Every source is recorded as
 * delivered for the snapshot unless it is left out on purpose.
 */
export class LakeRows {
  private readonly tables = new Map<string, Row[]>();

  constructor(readonly day: string) {}

  add(table: string, row: Row): this {
    const rows = this.tables.get(table) ?? [];
    rows.push({ snapshot_date: this.day, row_number: rows.length, ...row });
    this.tables.set(table, rows);

    return this;
  }

  /** A family at one dwelling (`addr-<id>`); the first member is the head unless said. */
  family(id: string, members: Member[], place: Place = ASTANA): this {
    const relations = members.map((m, i) => m.relation ?? (i === 0 ? "head" : "child"));
    for (const [i, member] of members.entries()) {
      this.add("persons", {
        person_id: member.id,
        family_id: id,
        relation: relations[i],
        birth_date: member.birth,
        sex: member.sex ?? "female",
        region_code: place.region,
        district_kato: place.district,
        address_key: `addr-${id}`,
      });
      this.add("src_civil_registry", { person_id: member.id, birth_date: member.birth });
    }
    const children = relations.filter((r) => r === "child").length;

    return this.add("families", {
      family_id: id,
      head_id: members[relations.indexOf("head")]?.id ?? "",
      region_code: place.region,
      district_kato: place.district,
      members: members.length,
      adults: members.length - children,
      children,
    });
  }

  /** A birth act: the child's registry record (if not a member already) and its parents. */
  birth(mother: string, child: string, born: string, father: string | null = null): this {
    const known = (this.tables.get("src_civil_registry") ?? []).some((r) => r.person_id === child);
    if (!known) this.add("src_civil_registry", { person_id: child, birth_date: born });

    return this.add("src_civil_status_acts", {
      act_type: "01",
      registered_on: born,
      child_or_husband_id: child,
      mother_or_wife_id: mother,
      father_id: father,
    });
  }

  death(person: string, born: string, died: string): this {
    return this.add("src_civil_registry", {
      person_id: person,
      birth_date: born,
      death_date: died,
    });
  }

  benefit(person: string, code: string, assignedOn: string, amount = 10_000): this {
    return this.add("src_benefits_paid", {
      person_id: person,
      benefit_code: code,
      assigned_on: assignedOn,
      monthly_amount: amount,
    });
  }

  insured(person: string, months: number, avgIncome: number): this {
    return this.add("src_social_insurance", {
      person_id: person,
      record_type: "contribution",
      months_24: months,
      avg_income: avgIncome,
    });
  }

  insurancePayment(person: string, type: string, start: string, end: string): this {
    return this.add("src_social_insurance", {
      person_id: person,
      record_type: "payment",
      payment_type: type,
      payment_start: start,
      payment_end: end,
      monthly_payment: 50_000,
    });
  }

  /** Taxed wage income of `monthly` tenge in each of the last 12 months. */
  wage(person: string, monthly: number): this {
    return this.add("src_tax_income", {
      person_id: person,
      income_type: "WAGE",
      period_start: shift(this.day, -360),
      period_end: shift(this.day, -5),
      months: 12,
      income_amount: monthly * 12,
    });
  }

  async write(lake: LakeClient, without: readonly string[] = []): Promise<void> {
    const delivered = PIPELINE_SOURCES.filter((s) => !without.includes(s.id));
    const snapshots = delivered.map((s) => ({ source: s.id, source_date: this.day }));
    await lake.insert({
      table: "source_snapshots",
      values: snapshots.map((row) => ({ snapshot_date: this.day, run_id: "test", ...row })),
      format: "JSONEachRow",
    });
    for (const [table, values] of this.tables) {
      await lake.insert({ table, values, format: "JSONEachRow" });
    }
  }
}
