-- CreateEnum
CREATE TYPE "AnomalyKind" AS ENUM (
    'card_reads_above_usual', 'card_reads_above_peers', 'out_of_scope_hits'
);

-- CreateTable
CREATE TABLE "anomaly_alerts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "AnomalyKind" NOT NULL,
    "user_id" UUID NOT NULL,
    "window_from" TIMESTAMP(3) NOT NULL,
    "window_to" TIMESTAMP(3) NOT NULL,
    "evidence" JSONB NOT NULL,
    "raised_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_by_id" UUID,
    "acknowledged_at" TIMESTAMP(3),
    "acknowledgement_note" TEXT,

    CONSTRAINT "anomaly_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "anomaly_alerts_acknowledged_at_raised_at_idx"
    ON "anomaly_alerts"("acknowledged_at", "raised_at");

-- CreateIndex
CREATE UNIQUE INDEX "anomaly_alerts_user_id_kind_window_from_window_to_key"
    ON "anomaly_alerts"("user_id", "kind", "window_from", "window_to");

-- An alert is evidence for auditors: it is never deleted, and the one change it allows is its
-- acknowledgement, once, naming who, when and why. Enforced here so that neither a portal bug
-- nor the application's own account can quietly clear an alert.
CREATE FUNCTION anomaly_alerts_only_acknowledge() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'anomaly_alerts keeps every alert: % is not allowed', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.acknowledged_at IS NOT NULL THEN
    RAISE EXCEPTION 'anomaly alert % is already acknowledged', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.kind, NEW.user_id, NEW.window_from, NEW.window_to, NEW.evidence, NEW.raised_at)
      IS DISTINCT FROM
      (OLD.id, OLD.kind, OLD.user_id, OLD.window_from, OLD.window_to, OLD.evidence, OLD.raised_at)
  THEN
    RAISE EXCEPTION 'anomaly alert %: only its acknowledgement may change', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.acknowledged_by_id IS NULL OR NEW.acknowledged_at IS NULL
      OR coalesce(NEW.acknowledgement_note, '') = '' THEN
    RAISE EXCEPTION 'anomaly alert %: an acknowledgement names who, when and why', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER anomaly_alerts_only_acknowledge
  BEFORE UPDATE OR DELETE ON "anomaly_alerts"
  FOR EACH ROW EXECUTE FUNCTION anomaly_alerts_only_acknowledge();

CREATE TRIGGER anomaly_alerts_no_truncate
  BEFORE TRUNCATE ON "anomaly_alerts"
  FOR EACH STATEMENT EXECUTE FUNCTION anomaly_alerts_only_acknowledge();
