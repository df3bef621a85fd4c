import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { FamilyCardCases } from "@/components/family-card-cases";
import { FamilyCardExplanation } from "@/components/family-card-explanation";
import { FamilyCardHistory } from "@/components/family-card-history";
import { FamilyCardIndicators } from "@/components/family-card-indicators";
import { FamilyCardMembers } from "@/components/family-card-members";
import { FamilyCardViewers } from "@/components/family-card-viewers";
import { ClassBadge } from "@/components/class-badge";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { cardViewers } from "@/lib/audit/card-viewers";
import { recordOutOfScope } from "@/lib/audit/out-of-scope";
import { recordAudit } from "@/lib/audit/record";
import { familyCases } from "@/lib/cases/family-cases";
import { vaultKeys } from "@/lib/cases/vault-keys";
import { getLake } from "@/lib/clickhouse/client";
import { getDb } from "@/lib/db/client";
import { familyCardView } from "@/lib/families/card-view";
import { FAMILY_ID } from "@/lib/families/find-family";
import { familyOutsideScope } from "@/lib/families/family-outside-scope";
import { statusLabels } from "@/lib/families/status-labels";
import { findDistrict, findRegion } from "@/lib/geo";
import { currentSnapshot } from "@/lib/pipeline/current-snapshot";
import { STATUSES } from "@/lib/scoring/statuses";

export const metadata: Metadata = { title: "Family card" };

type Props = { params: Promise<{ id: string }> };

/**
 * The Digital Family Card: read from the current snapshot inside the user's scope (outside it
 * the family is simply not found, and the attempt recorded for the anomaly alerts), and every
 * view recorded in the audit log.
 */
export default async function FamilyCardPage({ params }: Props) {
  const user = await requireSection("families");
  const { id } = await params;
  if (!FAMILY_ID.test(id)) notFound();

  const lake = await getLake();
  const db = getDb();
  const snapshotDate = await currentSnapshot(lake);
  if (!snapshotDate) notFound();
  const card = await familyCardView({ lake, db, scope: user.scope, snapshotDate, familyId: id });
  if (!card) {
    // After the answer is sent, so that its timing does not tell whether the family exists.
    const hit = { user, kind: "family" as const, id, address: clientAddress(await headers()) };
    const outside = () =>
      familyOutsideScope({ lake, scope: user.scope, snapshotDate, familyId: id });
    after(() => recordOutOfScope(db, { ...hit, outside }));
    notFound();
  }

  const cases = await familyCases(db, user, id, vaultKeys());
  const namesShown = cases.filter((c) => c.name !== null).map((c) => c.id);
  await recordAudit(db, {
    action: "family_card_view",
    actorId: user.id,
    actorRole: user.role,
    subject: id,
    address: clientAddress(await headers()),
    detail: { snapshotDate, ...(namesShown.length > 0 ? { namesShown } : {}) },
  });
  const viewers = await cardViewers(db, id);
  const district = findDistrict(card.districtKato)?.name.en ?? "no registered district";
  const region = findRegion(card.regionCode)?.name.en ?? "";
  const mask = card.statuses.reduce(
    (bits, status) => bits | (1n << BigInt(STATUSES.findIndex((s) => s.id === status))),
    0n,
  );

  return (
    <article className="space-y-6">
      <div>
        <Link href="/families" className="text-sm text-sky-800 underline">
          ← Families
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">
          Family <span className="font-mono text-lg">{card.familyId}</span>
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
          <ClassBadge value={card.class} />
          <span>
            Score {card.score.toFixed(3)}
            {card.poor ? " · poor (score at or above k)" : ""} · {district}, {region}
            {` · snapshot ${card.snapshotDate}`}
          </span>
        </p>
        <p className="mt-1 text-xs text-slate-500">
          Scored with the Alkire-Foster method, configuration version {card.configVersion} (
          {card.configName}).
        </p>
      </div>
      <FamilyCardExplanation explanation={card.explanation} />
      <section aria-labelledby="statuses">
        <h2 id="statuses" className="text-lg font-medium">
          Statuses
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {statusLabels(mask).map((label) => (
            <li key={label} className="rounded-full bg-slate-100 px-3 py-1 text-sm">
              {label}
            </li>
          ))}
          {card.statuses.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
        </ul>
      </section>
      <FamilyCardMembers members={card.members} />
      {cases.length > 0 ? <FamilyCardCases cases={cases} /> : null}
      <FamilyCardIndicators byDimension={card.indicatorsByDimension} />
      <FamilyCardHistory history={card.history} />
      <FamilyCardViewers viewers={viewers} />
    </article>
  );
}
