-- AlterTable
ALTER TABLE "operations" ADD COLUMN     "exclusive_key" TEXT,
ADD COLUMN     "job_name" TEXT,
ADD COLUMN     "lease_expires_at" TIMESTAMP(3),
ADD COLUMN     "lease_owner" TEXT,
ADD COLUMN     "request_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "operations_exclusive_key_key" ON "operations"("exclusive_key");

-- CreateIndex
CREATE INDEX "operations_status_lease_expires_at_idx" ON "operations"("status", "lease_expires_at");

