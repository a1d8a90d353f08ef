-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "environment_access" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "share_logs" BOOLEAN NOT NULL DEFAULT false;

