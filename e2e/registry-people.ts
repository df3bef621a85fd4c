import fs from "node:fs";
import path from "node:path";
import { isValidIin } from "../lib/identity/iin";
import { addresses } from "../lib/registries/sources/addresses";
import { civilRegistry } from "../lib/registries/sources/civil-registry";
import { defectiveRows, readDefects } from "../lib/registries/testing/fixture";
import { readTextFile } from "../lib/registries/testing/read-delivery";
import type { Source } from "../lib/registries/schema/types";

/** The demo country the browser tests' portal generated on its first start. */
const DATA_DIR = path.join(import.meta.dirname, "..", ".tmp", "e2e-data");

type Rows = { file: string; row: number; cells: (string | null)[]; header: string[] }[];

function delivery(source: Source, date: string): Rows {
  const dir = path.join(DATA_DIR, "landing", source.id, date);
  return fs
    .readdirSync(dir)
    .filter((file) => file.startsWith("part-"))
    .flatMap((file) => {
      const { header, rows } = readTextFile(source, path.join(dir, file));
      return rows.map((cells, i) => ({ file, row: i + 1, cells, header }));
    });
}

const cell = (r: Rows[number], column: string) => r.cells[r.header.indexOf(column)] ?? null;

function countBy(rows: Rows, key: (r: Rows[number]) => string | null) {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * A living person registered for good in a district, whose registry and address rows are
 * clean by the generator's ground truth and unique: the portal must find their family there.
 */
export function personLivingIn(kato: string): string {
  const date = fs
    .readdirSync(path.join(DATA_DIR, "landing", "addresses"))
    .sort()
    .at(-1)!;
  const defects = readDefects(DATA_DIR, date);
  const badAddress = defectiveRows(defects, "addresses");
  const badPerson = defectiveRows(defects, "civil-registry");
  const people = delivery(civilRegistry, date);
  const places = delivery(addresses, date);
  const registered = countBy(people, (r) => cell(r, "ИИН"));
  const addressed = countBy(places, (r) => cell(r, "ИИН"));
  const alive = new Set(
    people
      .filter((r) => !badPerson.has(`${r.file}:${r.row}`) && !cell(r, "Дата смерти"))
      .map((r) => cell(r, "ИИН")),
  );

  const found = places.find((r) => {
    const iin = cell(r, "ИИН") ?? "";
    return (
      cell(r, "Код КАТО") === kato &&
      cell(r, "Вид регистрации") === "постоянная" &&
      !badAddress.has(`${r.file}:${r.row}`) &&
      isValidIin(iin) &&
      alive.has(iin) &&
      registered.get(iin) === 1 &&
      addressed.get(iin) === 1
    );
  });
  if (!found) throw new Error(`no clean person registered in ${kato} in the demo country`);

  return cell(found, "ИИН")!;
}
