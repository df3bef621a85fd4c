/**
 * Checks of each source against the civil registry, which wins every conflict. `person` is the
 * source's column holding the person's pseudonym; `when` is a condition over the source row `s`
 * and the registry row `r` (birth_date, death_date, sex); `D` stands for the snapshot date.
 */
export type ConflictRule = { source: string; person: string; kind: string; when: string };

const DEAD = "r.death_date IS NOT NULL AND r.death_date <= {snapshot_date:Date}";
const OTHER_BIRTH = "s.birth_date != r.birth_date";
const before = (column: string) => `s.${column} < r.birth_date`;

const dead = (source: string, person = "person_id"): ConflictRule => ({
  source,
  person,
  kind: "record_for_dead_person",
  when: DEAD,
});
const otherBirth = (source: string): ConflictRule => ({
  source,
  person: "person_id",
  kind: "birth_date_differs",
  when: OTHER_BIRTH,
});
const beforeBirth = (source: string, person: string, column = "registered_on"): ConflictRule => ({
  source,
  person,
  kind: "dated_before_birth",
  when: before(column),
});

export const CONFLICT_RULES: readonly ConflictRule[] = [
  beforeBirth("addresses", "person_id"),
  {
    source: "civil-status-acts",
    person: "child_or_husband_id",
    kind: "dated_before_birth",
    when: `s.act_type = '01' AND ${before("registered_on")}`,
  },
  ...["benefits-paid", "dispensary", "employment", "higher-education", "loans"].map((s) => dead(s)),
  ...["mobile-contacts", "social-insurance", "tax-income"].map((s) => dead(s)),
  dead("utilities", "account_holder_id"),
  ...["disability", "health-attachment", "pension-contributions", "preschool", "school"].map(
    otherBirth,
  ),
  beforeBirth("land", "holder_id"),
  beforeBirth("real-estate", "owner_id"),
  beforeBirth("vehicles", "owner_id"),
  { source: "pregnancy", person: "person_id", kind: "pregnancy_of_a_man", when: "r.sex = 'М'" },
];
