-- AlterTable
ALTER TABLE "releases" ADD COLUMN     "paused_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "cluster_updates" ADD COLUMN     "from_versions" JSONB,
ADD COLUMN     "notified_at" TIMESTAMP(3),
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "wave" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "cluster_updates_status_scheduled_for_idx" ON "cluster_updates"("status", "scheduled_for");

