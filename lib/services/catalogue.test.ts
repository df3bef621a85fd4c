import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pipelineSourceOf } from "../pipeline/sources";
import { conditionWords } from "./condition-words";
import { renderServicesDoc } from "./docs";
import { SERVICES, serviceOf, UnknownServiceError } from "./index";
import { BASE_PARAMS } from "./params";
import { LOCALES, type Service } from "./types";

/** Every SQL text of a service: evidence, amount, receipt, aggregates and recipient. */
function sqlOf(service: Service): string[] {
  return [
    ...service.evidence.flatMap((e) => [e.value, e.holds ?? ""]),
    service.amount.sql,
    service.receives.sql,
    ...Object.values(service.aggregates ?? {}),
    service.recipient ?? "",
  ];
}

const placeholders = (sql: string) =>
  [...sql.matchAll(/\{(\w+):([^}]+)\}/g)].map(([, name, type]) => ({ name: name!, type: type! }));

const cellsOf = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/);

describe("the service catalogue", () => {
  it("holds the nine first proactive services and more, each under a unique slug", () => {
    const ids = SERVICES.map((s) => s.id);
    const nine = ["maternity", "childcare", "job-loss", "breadwinner", "child-disability-care"];
    nine.push("disability", "large-family", "mother-award", "targeted-assistance");

    expect(ids).toEqual(expect.arrayContaining(nine));
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))("%s has every text in kk, ru and en", (_, s) => {
    for (const locale of LOCALES) {
      const message = s.messages[locale];
      expect(message, locale).toBeDefined();
      expect(message.title.trim(), `${locale} title`).not.toBe("");
      expect(message.explanation.trim(), `${locale} explanation`).not.toBe("");
      expect(message.sms, `${locale} sms`).toContain("{link}");
      expect(s.name[locale].trim(), `${locale} name`).not.toBe("");
      for (const evidence of s.evidence) {
        expect(evidence.label[locale].trim(), `${evidence.id} ${locale}`).not.toBe("");
      }
    }
    expect(Object.keys(s.messages).sort()).toEqual([...LOCALES].sort());
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))(
    "%s binds every value it uses as a declared parameter of its type, and uses them all",
    (_, service) => {
      const used = sqlOf(service).flatMap(placeholders);
      for (const { name, type } of used) {
        const declared = service.params[name]?.type ?? BASE_PARAMS[name];
        expect(declared, name).toBe(type);
      }
      for (const name of Object.keys(service.params)) {
        expect(
          used.map((p) => p.name),
          name,
        ).toContain(name);
      }
    },
  );

  it.each(SERVICES.map((s) => [s.id, s] as const))(
    "%s has a condition, known sources and a review deadline",
    (_, service) => {
      expect(service.evidence.some((e) => e.holds)).toBe(true);
      for (const source of [...service.evidence.flatMap((e) => e.sources)]) {
        expect(() => pipelineSourceOf(source)).not.toThrow();
      }
      expect(service.reviewDays).toBeGreaterThan(0);
      expect(service.legalBasis.length).toBeGreaterThan(20);
    },
  );

  it.each(SERVICES.map((s) => [s.id, s] as const))(
    "%s words every condition, naming each value its SQL binds and only values it has",
    (_, service) => {
      const known = [...Object.keys(service.params), "pm", "mrp", "snapshot_date"];
      for (const e of service.evidence) {
        if (!e.holds) {
          expect(e.test, e.id).toBeUndefined();
          continue;
        }
        expect(e.test.trim(), e.id).not.toBe("");

        const named = [...e.test.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
        for (const { name } of placeholders(e.holds)) expect(named, e.id).toContain(name);
        for (const name of named) expect(known, `${e.id}: {${name}}`).toContain(name);
        expect(() => conditionWords(service, e, "2026-12-04"), e.id).not.toThrow();
      }
    },
  );

  it("refuses an unknown service id by name", () => {
    expect(() => serviceOf("pension")).toThrow(UnknownServiceError);
    expect(serviceOf("birth").id).toBe("birth");
  });
});

describe("docs/services.md", () => {
  it("is exactly what the catalogue generates (run npm run docs:services)", () => {
    const committed = fs.readFileSync(
      path.join(import.meta.dirname, "..", "..", "docs", "services.md"),
      "utf8",
    );

    expect(committed).toBe(renderServicesDoc());
  });

  it("documents every service and gives every table row as many cells as its header", () => {
    const doc = renderServicesDoc();
    for (const service of SERVICES)
      expect(doc).toContain(`## ${service.name.en} (\`${service.id}\`)`);

    const tables = doc.split(/\n\n/).filter((block) => block.startsWith("| "));
    expect(tables.length).toBe(1 + 3 * SERVICES.length);
    for (const table of tables) {
      const [header, ...rows] = table.trim().split("\n");
      for (const row of rows) expect(cellsOf(row)).toHaveLength(cellsOf(header!).length);
    }
  });
});
