import { describe, expect, it } from "vitest";
import { birth } from "./catalogue/birth";
import { disability } from "./catalogue/disability";
import { jobLoss } from "./catalogue/job-loss";
import { targetedAssistance } from "./catalogue/targeted-assistance";
import { conditionWords, UnknownPlaceholderError } from "./condition-words";
import type { Evidence, Service } from "./types";

const SNAPSHOT = "2026-12-04";

function evidenceOf(service: Service, id: string): Evidence {
  const found = service.evidence.find((e) => e.id === id);
  if (!found) throw new Error(`${service.id} has no evidence ${id}`);

  return found;
}

const wordsOf = (service: Service, id: string, snapshot = SNAPSHOT) =>
  conditionWords(service, evidenceOf(service, id), snapshot);

/** The service with one more condition, worded `test`. */
const withTest = (service: Service, test: string): [Service, Evidence] => {
  const label = { en: "Extra", ru: "Extra", kk: "Extra" };
  const evidence: Evidence = { id: "extra", label, value: "1", holds: "1", test, sources: [] };

  return [{ ...service, evidence: [...service.evidence, evidence] }, evidence];
};

describe("conditionWords", () => {
  it("puts the service's default thresholds into the words", () => {
    expect(wordsOf(jobLoss, "insured_months")).toBe("at least 6 months with social contributions");
    expect(wordsOf(jobLoss, "employed")).toBe("no: no running employment contract");
  });

  it("names the snapshot date as YYYY-MM-DD", () => {
    expect(wordsOf(jobLoss, "lost_job_on")).toBe(
      "not after 2026-12-04 and at most 180 days before it",
    );
    expect(wordsOf(birth, "youngest_birth")).toBe(
      "not after 2026-12-04 and at most 365 days before it",
    );
  });

  it("gives the subsistence minimum of the snapshot's year in tenge, grouped", () => {
    const line =
      "below the poverty line: the larger of 0.35 × the region's median income per member " +
      "and 0.7 × the subsistence minimum of";

    expect(wordsOf(targetedAssistance, "income_per_member")).toBe(`${line} 50,851 ₸`);
    expect(wordsOf(targetedAssistance, "income_per_member", "2025-06-30")).toBe(`${line} 46,228 ₸`);
  });

  it("has no words for a value that only sets the amount", () => {
    expect(wordsOf(targetedAssistance, "poverty_line")).toBeNull();
    expect(wordsOf(birth, "children_born")).toBeNull();
  });

  it("joins a list parameter with slashes and groups large numbers", () => {
    const [service, evidence] = withTest(disability, "{adult_pm} of {mrp}");

    expect(conditionWords(service, evidence, SNAPSHOT)).toBe("2.2 / 1.76 / 1.2 of 4,325 ₸");
  });

  it("refuses words naming a value the rule is not bound with", () => {
    const [service, evidence] = withTest(jobLoss, "at least {min_insured_month} months");

    expect(() => conditionWords(service, evidence, SNAPSHOT)).toThrow(UnknownPlaceholderError);
    expect(() => conditionWords(service, evidence, SNAPSHOT)).toThrow(/min_insured_month\b/);
  });

  it("refuses a snapshot date that is not YYYY-MM-DD", () => {
    expect(() => wordsOf(jobLoss, "insured_months", "04.12.2026")).toThrow(/YYYY-MM-DD/);
  });
});
