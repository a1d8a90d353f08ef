-- AlterTable
ALTER TABLE "environments" ADD COLUMN     "free_until" TIMESTAMP(3),
ADD COLUMN     "last_error" JSONB,
ADD COLUMN     "package_blob" TEXT;

