import { CLASS_NAMES, type WellBeingClass } from "@/lib/scoring/config/classes";

const LOOK: Record<WellBeingClass, string> = {
  A: "bg-emerald-100 text-emerald-900",
  B: "bg-lime-100 text-lime-900",
  C: "bg-amber-100 text-amber-900",
  D: "bg-orange-200 text-orange-950",
  E: "bg-red-200 text-red-950",
};

/** A well-being class with its name, as a coloured badge. */
export function ClassBadge({ value }: { value: WellBeingClass }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${LOOK[value]}`}>
      {value} · {CLASS_NAMES[value].en}
    </span>
  );
}
