import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { CaseDecisionForm } from "@/components/case-decision-form";
import { CaseEvidence } from "@/components/case-evidence";
import { CaseHistory } from "@/components/case-history";
import { CaseReassignForm } from "@/components/case-reassign-form";
import { CaseRevealForm } from "@/components/case-reveal-form";
import { CaseStateBadge } from "@/components/case-state-badge";
import { recordOutOfScope } from "@/lib/audit/out-of-scope";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { caseOutsideScope } from "@/lib/cases/case-outside-scope";
import { caseView } from "@/lib/cases/case-view";
import { reasonLabel } from "@/lib/cases/labels";
import { OPEN_STATES } from "@/lib/cases/states";
import { getDb } from "@/lib/db/client";
import { findDistrict } from "@/lib/geo";
import { decideAction, reassignAction, revealAction } from "../actions";

export const metadata: Metadata = { title: "Case" };

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 });
const FACTS =
  "grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm " +
  "sm:grid-cols-[10rem_1fr]";
const AMOUNT_KIND = { monthly: "a month", lump_sum: "once", in_kind: "in kind (estimated cost)" };

/**
 * A case: the evidence of each condition, the family card link, the decisions open to the
 * viewer, the reveal of identity, and the history. Outside the user's scope: not found, and
 * the attempt recorded for the anomaly alerts.
 */
export default async function CasePage({ params }: Props) {
  const user = await requireSection("cases");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const db = getDb();
  const view = await caseView(db, user, id);
  if (!view) {
    // After the answer is sent, so that its timing does not tell whether the case exists.
    const hit = { user, kind: "case" as const, id, address: clientAddress(await headers()) };
    const outside = () => caseOutsideScope(db, user.scope, id);
    after(() => recordOutOfScope(db, { ...hit, outside }));
    notFound();
  }

  const { case: c, service } = view;
  const snapshotDate = c.snapshotDate.toISOString().slice(0, 10);
  const district = findDistrict(c.districtKato)?.name.en ?? c.districtKato;
  const open = (OPEN_STATES as readonly string[]).includes(c.state);
  const canReveal = user.role === "social_worker" || user.role === "supervisor";

  return (
    <article className="space-y-6">
      <div>
        <Link href="/cases" className="text-sm text-sky-800 underline">
          ← Cases
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{service.name.en}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
          <CaseStateBadge state={c.state} hint />
          {view.overdue ? <span className="font-medium text-red-700">Overdue</span> : null}
          <span>
            Case <span className="font-mono text-sm">{c.id}</span> · {district} · review by{" "}
            {c.reviewDue.toISOString().slice(0, 10)}
          </span>
        </p>
        {c.flag ? (
          <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            Flagged: {reasonLabel(c.flag).toLowerCase()} ({c.flaggedAt?.toISOString().slice(0, 10)}
            ). It is not approved or paid while the latest snapshot does not confirm it.
          </p>
        ) : null}
      </div>

      <dl className={FACTS}>
        <dt className="text-slate-600">Benefit</dt>
        <dd>
          {MONEY.format(Number(c.amount))} ₸ {AMOUNT_KIND[service.amount.kind]} ·{" "}
          {service.amount.words}
        </dd>
        <dt className="text-slate-600">For</dt>
        <dd>
          {service.subject === "family" ? "The family" : "A member of the family"} ·{" "}
          <Link href={`/families/${c.familyId}`} className="text-sky-800 underline">
            Family card {c.familyId}
          </Link>
        </dd>
        <dt className="text-slate-600">Legal basis</dt>
        <dd>{service.legalBasis}</dd>
        <dt className="text-slate-600">Worker</dt>
        <dd>{view.assignee ?? "Unassigned"}</dd>
        <dt className="text-slate-600">Recommended by</dt>
        <dd>
          {view.reviewer
            ? `${view.reviewer} (${c.recommendation === "approve" ? "approve" : "reject"})`
            : "Not yet reviewed"}
        </dd>
      </dl>

      <CaseEvidence rows={view.evidence} snapshotDate={snapshotDate} />

      <section aria-labelledby="decision" className="space-y-2">
        <h2 id="decision" className="text-lg font-medium">
          Decision
        </h2>
        {view.ownReview && c.state === "in_review" ? (
          <p className="text-sm text-slate-600">
            You recommended this case yourself: another supervisor approves or rejects it.
          </p>
        ) : null}
        <CaseDecisionForm
          caseId={c.id}
          version={c.version}
          actions={view.actions}
          closed="No decision is open to you in this state."
          decide={decideAction}
        />
        {user.role === "supervisor" && open ? (
          <CaseReassignForm
            caseId={c.id}
            version={c.version}
            workers={view.workers}
            assigneeId={c.assigneeId}
            reassign={reassignAction}
          />
        ) : null}
      </section>

      {canReveal ? (
        <section aria-labelledby="identity" className="space-y-2">
          <h2 id="identity" className="text-lg font-medium">
            Who this is
          </h2>
          <CaseRevealForm caseId={c.id} reveal={revealAction} />
        </section>
      ) : null}

      <CaseHistory entries={view.history} />
    </article>
  );
}
