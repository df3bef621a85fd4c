import { CLASS_NAMES } from "@/lib/scoring/config/classes";
import type { Explanation } from "@/lib/scoring/explain";

/** The score in plain words, and the fewest deprivations whose removal moves the family up. */
export function FamilyCardExplanation({ explanation }: { explanation: Explanation }) {
  const { moveUp } = explanation;

  return (
    <section
      aria-labelledby="explanation"
      className="rounded-lg border border-sky-200 bg-sky-50 p-4"
    >
      <h2 id="explanation" className="text-lg font-medium">
        Why this class
      </h2>
      <p className="mt-1" data-testid="explanation">
        {explanation.sentence}
      </p>
      <p className="mt-2 text-sm text-slate-700" data-testid="move-up">
        {moveUp.kind === "top" ? "The family is in the highest class." : null}
        {moveUp.kind === "impossible"
          ? "No set of the family's deprivations alone would move it up a class."
          : null}
        {moveUp.kind === "possible" ? (
          <>
            {`To move up to class ${moveUp.to} (${CLASS_NAMES[moveUp.to].en}), `}
            {moveUp.remove.length === 1
              ? "this condition would have to be met: "
              : `these ${moveUp.remove.length} conditions would have to be met: `}
            {moveUp.remove.map((i) => `“${i.description}”`).join("; ")}.
          </>
        ) : null}
      </p>
    </section>
  );
}
