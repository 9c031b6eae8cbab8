-- CreateTable
CREATE TABLE "QuestionFlag" (
    "tenantId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,

    PRIMARY KEY ("questionId", "playerId", "fingerprint")
);

-- CreateTable
CREATE TABLE "QuestionSuppression" (
    "tenantId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "byPlayerId" TEXT,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "questionId")
);

-- CreateIndex
CREATE INDEX "QuestionFlag_tenantId_questionId_fingerprint_idx" ON "QuestionFlag"("tenantId", "questionId", "fingerprint");
