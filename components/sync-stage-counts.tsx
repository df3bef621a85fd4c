import { countLabel, layoutCounts } from "@/lib/pipeline/counts-layout";
import type { StageView } from "@/lib/pipeline/run-view";
import { SyncQuarantineReasons } from "./sync-quarantine-reasons";
import { SyncSourceCounts } from "./sync-source-counts";

const number = new Intl.NumberFormat("en-GB");

/** What one stage counted: totals, a row per source, and why rows were quarantined. */
export function SyncStageCounts({ stage }: { stage: StageView }) {
  const { totals, sources, reasons, other } = layoutCounts(stage.counts);
  const facts = [
    ...totals.map(({ key, value }) => ({ key, text: number.format(value) })),
    ...other,
  ];
  if (facts.length + sources.rows.length + reasons.length === 0) return null;

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-label={`${stage.name} counts`}
    >
      <h3 className="font-medium">{stage.name}</h3>
      {facts.length > 0 ? (
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {facts.map(({ key, text }) => (
            <div key={key}>
              <dt className="inline text-slate-600">{countLabel(key)}: </dt>
              <dd className="inline tabular-nums">{text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {sources.rows.length > 0 ? <SyncSourceCounts table={sources} /> : null}
      {reasons.length > 0 ? <SyncQuarantineReasons reasons={reasons} /> : null}
    </section>
  );
}
