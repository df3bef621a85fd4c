import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { SimulationForm } from "@/components/simulation-form";
import { SnapshotMeasuresTables } from "@/components/snapshot-measures";
import { requireSection } from "@/lib/auth/session";
import { getLake } from "@/lib/clickhouse/client";
import { getDb } from "@/lib/db/client";
import { currentSnapshot } from "@/lib/pipeline/current-snapshot";
import { draftFromConfig } from "@/lib/scoring/config/draft-input";
import { loadDraft } from "@/lib/scoring/config/drafts";
import { canPublish } from "@/lib/scoring/config/publish";
import { activeConfig } from "@/lib/scoring/config/store";
import { toString } from "@/lib/scoring/fraction";
import { snapshotMeasures } from "@/lib/scoring/snapshot-measures";
import { publishAction, rescoreAction, saveDraftAction, simulateAction } from "./actions";

export const metadata: Metadata = { title: "Scoring" };

/** Policy simulation: a draft of weights, k and bands against the active configuration. */
export default async function ScoringPage() {
  const user = await requireSection("scoring");
  const db = getDb();
  const lake = await getLake();
  const active = await activeConfig(db);
  const snapshot = await currentSnapshot(lake);
  const measures = snapshot ? await snapshotMeasures(lake, db, snapshot) : null;
  const { config } = active;
  const draft = (await loadDraft(db, user.id)) ?? {
    ...draftFromConfig(config),
    name: `Draft of ${user.displayName}`,
  };

  return (
    <div className="space-y-8">
      <PageHeader title="Scoring">
        Active configuration: version {active.version}, “{config.name}” (Alkire-Foster, k ={" "}
        {toString(config.k)}). The official weights of Order No. 267 are not public; this default is
        documented in docs/scoring.md.
      </PageHeader>
      {snapshot ? (
        <SimulationForm
          initial={draft}
          save={saveDraftAction}
          canPublish={canPublish(user.role)}
          simulate={simulateAction}
          publish={publishAction}
          rescore={rescoreAction}
        />
      ) : (
        <EmptyState title="Nothing to simulate yet">
          A simulation scores every family of the current snapshot; it becomes possible after the
          first nightly sync has been published.
        </EmptyState>
      )}
      {measures ? <SnapshotMeasuresTables measures={measures} /> : null}
    </div>
  );
}
