-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "revealClaimOwner" TEXT,
ADD COLUMN     "revealClaimUntil" TIMESTAMP(3);
