-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "load_balancer_ip" TEXT;

