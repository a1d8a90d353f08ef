-- AlterTable
ALTER TABLE "azure_connections" ADD COLUMN     "last_scanned_at" TIMESTAMP(3),
ALTER COLUMN "region" DROP NOT NULL;

-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "removed_from_azure_at" TIMESTAMP(3);

