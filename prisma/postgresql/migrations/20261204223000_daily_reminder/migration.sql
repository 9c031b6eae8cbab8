-- AlterTable
ALTER TABLE "Channel" ADD COLUMN     "scheduleReminder" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "reminderClaimUntil" TIMESTAMP(3),
ADD COLUMN     "reminderSentAt" TIMESTAMP(3);
