-- CreateTable
CREATE TABLE "scoring_configs" (
    "id" UUID NOT NULL,
    "version" INTEGER,
    "name" TEXT NOT NULL,
    "model" TEXT NOT NULL DEFAULT 'alkire-foster',
    "weights" JSONB NOT NULL,
    "k" TEXT NOT NULL,
    "bands" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "published_by_id" UUID,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "scoring_configs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "scoring_configs_version_key" ON "scoring_configs"("version");

-- CreateIndex
CREATE INDEX "scoring_configs_created_by_id_idx" ON "scoring_configs"("created_by_id");

-- A published version is history: families were scored with it, so it never changes again.
CREATE FUNCTION scoring_configs_published_is_final() RETURNS trigger AS $$
BEGIN
  IF OLD.version IS NOT NULL THEN
    RAISE EXCEPTION 'scoring configuration version % is published and cannot change', OLD.version;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER scoring_configs_published_is_final
  BEFORE UPDATE OR DELETE ON "scoring_configs"
  FOR EACH ROW EXECUTE FUNCTION scoring_configs_published_is_final();
