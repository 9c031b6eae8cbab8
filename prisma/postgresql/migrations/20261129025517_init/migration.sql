-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lang" TEXT,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Player" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "isBot" BOOLEAN NOT NULL DEFAULT false,
    "rating" DOUBLE PRECISION NOT NULL DEFAULT 1500,
    "ratedGames" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Player_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "schedulePostTime" TEXT,
    "scheduleCloseTime" TEXT,
    "scheduleTimezone" TEXT,
    "scheduleWeekdays" TEXT,
    "schedulePaused" BOOLEAN NOT NULL DEFAULT false,
    "pauseReason" TEXT,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "deck" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "channelId" TEXT,
    "kind" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "ownerId" TEXT,
    "localDate" TEXT,
    "dailyKey" TEXT,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3),
    "status" TEXT NOT NULL,
    "postRef" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "resultsPostedAt" TIMESTAMP(3),
    "postClaimOwner" TEXT,
    "postClaimUntil" TIMESTAMP(3),

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "roundId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "channelId" TEXT,
    "roundKind" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "choice" INTEGER,
    "correct" BOOLEAN NOT NULL,
    "selfGrade" TEXT,
    "points" INTEGER NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("roundId","playerId")
);

-- CreateTable
CREATE TABLE "Streak" (
    "playerId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "current" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "lastDate" TEXT,

    CONSTRAINT "Streak_pkey" PRIMARY KEY ("playerId","channelId")
);

-- CreateTable
CREATE TABLE "Duel" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "challengerId" TEXT NOT NULL,
    "opponentId" TEXT NOT NULL,
    "topic" TEXT,
    "questionIds" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "settledAt" TIMESTAMP(3),
    "winnerId" TEXT,
    "challengerRatingDelta" DOUBLE PRECISION,
    "opponentRatingDelta" DOUBLE PRECISION,
    "postRef" TEXT,
    "openPairKey" TEXT,

    CONSTRAINT "Duel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuelAnswer" (
    "duelId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "servedAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "choice" INTEGER,
    "correct" BOOLEAN NOT NULL DEFAULT false,
    "timedOut" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DuelAnswer_pkey" PRIMARY KEY ("duelId","playerId","index")
);

-- CreateTable
CREATE TABLE "Review" (
    "playerId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("playerId","cardId")
);

-- CreateIndex
CREATE INDEX "Player_tenantId_idx" ON "Player"("tenantId");

-- CreateIndex
CREATE INDEX "Channel_tenantId_idx" ON "Channel"("tenantId");

-- CreateIndex
CREATE INDEX "Channel_schedulePostTime_idx" ON "Channel"("schedulePostTime");

-- CreateIndex
CREATE INDEX "Round_kind_status_closesAt_idx" ON "Round"("kind", "status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "Round_channelId_dailyKey_key" ON "Round"("channelId", "dailyKey");

-- CreateIndex
CREATE INDEX "Answer_tenant_board_idx" ON "Answer"("tenantId", "answeredAt", "playerId", "points", "correct", "roundKind", "selfGrade");

-- CreateIndex
CREATE INDEX "Answer_channel_board_idx" ON "Answer"("channelId", "answeredAt", "playerId", "points", "correct", "roundKind", "selfGrade");

-- CreateIndex
CREATE INDEX "Answer_playerId_idx" ON "Answer"("playerId");

-- CreateIndex
CREATE INDEX "Answer_tenantId_questionId_idx" ON "Answer"("tenantId", "questionId");

-- CreateIndex
CREATE INDEX "Streak_tenantId_playerId_idx" ON "Streak"("tenantId", "playerId");

-- CreateIndex
CREATE UNIQUE INDEX "Duel_openPairKey_key" ON "Duel"("openPairKey");

-- CreateIndex
CREATE INDEX "Duel_status_expiresAt_idx" ON "Duel"("status", "expiresAt");
