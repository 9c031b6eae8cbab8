-- CreateTable
CREATE TABLE "ChannelDigest" (
    "channelId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "time" TEXT NOT NULL,
    "timezone" TEXT,
    "lastDate" TEXT,
    "claimOwner" TEXT,
    "claimUntil" TIMESTAMP(3),

    CONSTRAINT "ChannelDigest_pkey" PRIMARY KEY ("channelId")
);
