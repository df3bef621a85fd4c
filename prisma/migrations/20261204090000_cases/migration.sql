-- CreateEnum
CREATE TYPE "CaseState" AS ENUM ('candidate', 'in_review', 'approved', 'rejected', 'notified', 'accepted', 'declined', 'expired', 'paid', 'closed');

-- CreateEnum
CREATE TYPE "CaseRecommendation" AS ENUM ('approve', 'reject');

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "service_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "family_id" TEXT NOT NULL,
    "snapshot_date" DATE NOT NULL,
    "region_code" TEXT NOT NULL,
    "district_kato" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "evidence" JSONB NOT NULL,
    "state" "CaseState" NOT NULL DEFAULT 'candidate',
    "recommendation" "CaseRecommendation",
    "assignee_id" UUID,
    "reviewer_id" UUID,
    "decider_id" UUID,
    "review_due" TIMESTAMP(3) NOT NULL,
    "declined_at" TIMESTAMP(3),
    "flag" TEXT,
    "flagged_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_role" "Role",
    "actor_system" TEXT,
    "from_state" "CaseState",
    "to_state" "CaseState" NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "detail" JSONB,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_records" (
    "subject" TEXT NOT NULL,
    "key_version" INTEGER NOT NULL,
    "nonce" BYTEA NOT NULL,
    "ciphertext" BYTEA NOT NULL,
    "auth_tag" BYTEA NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "identity_records_pkey" PRIMARY KEY ("subject")
);

-- CreateIndex
CREATE INDEX "case_events_case_id_at_idx" ON "case_events"("case_id", "at");

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One open case per service and subject, enforced by the database: creating cases is
-- idempotent (INSERT ... ON CONFLICT DO NOTHING), even when two runs race.
CREATE UNIQUE INDEX "cases_one_open" ON "cases" ("service_id", "subject")
  WHERE "state" IN ('candidate', 'in_review', 'approved', 'notified', 'accepted');

-- The cool-off: who declined which service, and when.
CREATE INDEX "cases_declined" ON "cases" ("service_id", "subject", "declined_at")
  WHERE "declined_at" IS NOT NULL;

-- The worklists, in their order: cases awaiting a decision first (by review deadline, so
-- overdue ones lead), then decided ones. The state is included so that counts by state and a
-- worker's workload are read from the index alone.
CREATE INDEX "cases_worklist_assignee" ON "cases"
  ("assignee_id", ("state" NOT IN ('candidate', 'in_review')), "review_due", "id")
  INCLUDE ("state");
CREATE INDEX "cases_worklist_district" ON "cases"
  ("district_kato", ("state" NOT IN ('candidate', 'in_review')), "review_due", "id")
  INCLUDE ("state");
CREATE INDEX "cases_worklist_region" ON "cases"
  ("region_code", ("state" NOT IN ('candidate', 'in_review')), "review_due", "id")
  INCLUDE ("state");

-- A case's history is append-only, enforced by the database like the audit log.
CREATE FUNCTION case_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER case_events_no_update_delete
  BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_refuse_change();

CREATE TRIGGER case_events_no_truncate
  BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_events_refuse_change();

-- Money is never negative and a version only counts up from 1.
ALTER TABLE "cases" ADD CONSTRAINT "cases_amount_not_negative" CHECK ("amount" >= 0);
ALTER TABLE "cases" ADD CONSTRAINT "cases_version_positive" CHECK ("version" >= 1);
