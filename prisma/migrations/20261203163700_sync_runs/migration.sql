-- CreateEnum
CREATE TYPE "SyncRunStatus" AS ENUM ('running', 'succeeded', 'partial', 'failed', 'abandoned');

-- CreateEnum
CREATE TYPE "SyncTrigger" AS ENUM ('cron', 'cli', 'admin');

-- CreateEnum
CREATE TYPE "SyncStageStatus" AS ENUM ('pending', 'running', 'succeeded', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" UUID NOT NULL,
    "snapshot_date" DATE NOT NULL,
    "status" "SyncRunStatus" NOT NULL DEFAULT 'running',
    "trigger" "SyncTrigger" NOT NULL,
    "triggered_by_id" UUID,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "heartbeat_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "error" TEXT,
    "taken_over_from" UUID,

    CONSTRAINT "sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_stages" (
    "run_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "SyncStageStatus" NOT NULL DEFAULT 'pending',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "duration_ms" INTEGER,
    "counts" JSON,
    "failed_sources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "error" TEXT,

    CONSTRAINT "sync_stages_pkey" PRIMARY KEY ("run_id","position")
);

-- CreateIndex
CREATE INDEX "sync_runs_started_at_idx" ON "sync_runs"("started_at");

-- AddForeignKey
ALTER TABLE "sync_stages" ADD CONSTRAINT "sync_stages_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "sync_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
