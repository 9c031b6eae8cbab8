-- AlterTable
ALTER TABLE "Channel" ADD COLUMN "scheduleReminder" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN "reminderClaimUntil" DATETIME;
ALTER TABLE "Round" ADD COLUMN "reminderSentAt" DATETIME;
