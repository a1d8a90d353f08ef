-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "drift_checked_at" TIMESTAMP(3),
ADD COLUMN     "settings_drift" JSONB,
ADD COLUMN     "settings_failure" JSONB,
ADD COLUMN     "settings_operation_id" UUID,
ADD COLUMN     "settings_version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "settings_policies" (
    "scope" TEXT NOT NULL,
    "org_id" UUID,
    "rules" JSONB NOT NULL DEFAULT '{}',
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "settings_policies_pkey" PRIMARY KEY ("scope")
);

-- CreateIndex
CREATE UNIQUE INDEX "settings_policies_org_id_key" ON "settings_policies"("org_id");

-- AddForeignKey
ALTER TABLE "settings_policies" ADD CONSTRAINT "settings_policies_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

