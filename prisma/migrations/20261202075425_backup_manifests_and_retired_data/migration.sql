-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "drill" JSONB,
ADD COLUMN     "manifest" JSONB;

-- CreateTable
CREATE TABLE "retired_environment_data" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "environment_id" UUID NOT NULL,
    "database_name" TEXT NOT NULL,
    "files_container" TEXT NOT NULL,
    "snapshot_id" UUID,
    "retired_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "drop_after" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "retired_environment_data_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "retired_environment_data_drop_after_idx" ON "retired_environment_data"("drop_after");

-- AddForeignKey
ALTER TABLE "retired_environment_data" ADD CONSTRAINT "retired_environment_data_environment_id_fkey" FOREIGN KEY ("environment_id") REFERENCES "environments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

