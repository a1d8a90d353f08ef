-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "external_status" "TicketStatus";

