import fs from "node:fs";
import path from "node:path";
import { isValidIin } from "../lib/identity/iin";
import { parseDelimited } from "../lib/registries/testing/read-delivery";

/** The demo country the browser tests' portal generated on its first start. */
const DATA_DIR = path.join(import.meta.dirname, "..", ".tmp", "e2e-data");

type Rows = { file: string; row: number; cells: (string | null)[]; header: string[] }[];

// The two deliveries read here are ';'-separated text: the civil registry in UTF-8 with a BOM,
// the addresses in windows-1251 (docs/sources.md). The registry modules themselves import
// JSON that Playwright's loader cannot, so the formats are restated here.
function delivery(source: string, encoding: string, date: string): Rows {
  const dir = path.join(DATA_DIR, "landing", source, date);
  return fs
    .readdirSync(dir)
    .filter((file) => file.startsWith("part-"))
    .flatMap((file) => {
      const text = new TextDecoder(encoding).decode(fs.readFileSync(path.join(dir, file)));
      const [header = [], ...rows] = parseDelimited(text, ";");
      return rows.map((cells, i) => ({
        file,
        row: i + 1,
        cells: cells.map((c) => (c === "" ? null : c)),
        header,
      }));
    });
}

function defectiveRows(date: string, source: string): Set<string> {
  const file = path.join(DATA_DIR, "ground-truth", date, "defects.ndjson");
  const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  const defects = lines.map(
    (line) => JSON.parse(line) as { source: string; file: string; row: number },
  );
  return new Set(defects.filter((d) => d.source === source).map((d) => `${d.file}:${d.row}`));
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
  const badAddress = defectiveRows(date, "addresses");
  const badPerson = defectiveRows(date, "civil-registry");
  const people = delivery("civil-registry", "utf-8", date);
  const places = delivery("addresses", "windows-1251", date);
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
