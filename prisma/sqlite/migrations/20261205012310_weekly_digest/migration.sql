-- CreateTable
CREATE TABLE "ChannelDigest" (
    "channelId" TEXT NOT NULL PRIMARY KEY,
    "weekday" INTEGER NOT NULL,
    "time" TEXT NOT NULL,
    "timezone" TEXT,
    "lastDate" TEXT,
    "claimOwner" TEXT,
    "claimUntil" DATETIME
);
