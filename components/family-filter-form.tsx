import type { District } from "@/lib/geo";
import type { FamilyFilters } from "@/lib/families/list-families";
import { CLASSES, CLASS_NAMES } from "@/lib/scoring/config/classes";
import { STATUSES } from "@/lib/scoring/statuses";

type Props = { filters: FamilyFilters; districts: District[] };

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Filters by district, class and status: a plain GET form, so a filtered list has a URL. */
export function FamilyFilterForm({ filters, districts }: Props) {
  return (
    <form method="get" action="/families" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block text-slate-600">District</span>
        <select name="district" defaultValue={filters.district ?? ""} className={SELECT}>
          {districts.length > 1 ? <option value="">All districts</option> : null}
          {districts.map((d) => (
            <option key={d.kato} value={d.kato}>
              {d.name.en}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-600">Class</span>
        <select name="class" defaultValue={filters.class ?? ""} className={SELECT}>
          <option value="">All classes</option>
          {CLASSES.map((c) => (
            <option key={c} value={c}>
              {c} · {CLASS_NAMES[c].en}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-600">Status</span>
        <select name="status" defaultValue={filters.status ?? ""} className={SELECT}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.description.en}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        Apply
      </button>
    </form>
  );
}
