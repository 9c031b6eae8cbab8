-- AlterTable
ALTER TABLE "Round" ADD COLUMN "revealClaimOwner" TEXT;
ALTER TABLE "Round" ADD COLUMN "revealClaimUntil" DATETIME;
