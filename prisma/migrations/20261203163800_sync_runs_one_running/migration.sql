-- One sync run at a time, enforced by the database itself: two triggers that race past the
-- application's check still cannot both insert a running run. The index is on a constant, so
-- every running row has the same key and a second one is a unique violation.
CREATE UNIQUE INDEX "sync_runs_one_running" ON "sync_runs" ((true)) WHERE "status" = 'running';

-- A stage reports progress as a fraction; anything else is a bug in the stage or the runner.
ALTER TABLE "sync_stages"
  ADD CONSTRAINT "sync_stages_progress_fraction" CHECK ("progress" >= 0 AND "progress" <= 1);
