-- CreateEnum
CREATE TYPE "SubscriptionFrequency" AS ENUM ('INSTANT', 'WEEKLY');

-- CreateEnum
CREATE TYPE "SubscriberState" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "SubscriberTokenPurpose" AS ENUM ('CONFIRM', 'MANAGE');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('UPDATE', 'CORRECTION', 'RETRACTION', 'EVENT', 'DIGEST');

-- CreateEnum
CREATE TYPE "DeliveryState" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "SuppressionReason" AS ENUM ('BOUNCED', 'COMPLAINED');

-- AlterTable
ALTER TABLE "MailboxMessage" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "frequency" "SubscriptionFrequency" NOT NULL DEFAULT 'INSTANT',
    "followsEverything" BOOLEAN NOT NULL DEFAULT false,
    "followsEvents" BOOLEAN NOT NULL DEFAULT false,
    "state" "SubscriberState" NOT NULL DEFAULT 'PENDING',
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "digestCoveredUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriberCase" (
    "subscriberId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,

    CONSTRAINT "SubscriberCase_pkey" PRIMARY KEY ("subscriberId","caseId")
);

-- CreateTable
CREATE TABLE "SubscriberCampaign" (
    "subscriberId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,

    CONSTRAINT "SubscriberCampaign_pkey" PRIMARY KEY ("subscriberId","campaignId")
);

-- CreateTable
CREATE TABLE "SubscriberToken" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "purpose" "SubscriberTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriberToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "updateId" TEXT,
    "eventId" TEXT,
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" BIGSERIAL NOT NULL,
    "alertId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "batch" INTEGER NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'QUEUED',
    "tokenId" TEXT,
    "pendingToken" TEXT,
    "providerId" TEXT,
    "error" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suppression" (
    "email" TEXT NOT NULL,
    "reason" "SuppressionReason" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suppression_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerHeartbeat" (
    "workerId" TEXT NOT NULL,
    "beatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerHeartbeat_pkey" PRIMARY KEY ("workerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Subscriber_state_frequency_idx" ON "Subscriber"("state", "frequency");

-- CreateIndex
CREATE INDEX "SubscriberCase_caseId_idx" ON "SubscriberCase"("caseId");

-- CreateIndex
CREATE INDEX "SubscriberCampaign_campaignId_idx" ON "SubscriberCampaign"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriberToken_tokenHash_key" ON "SubscriberToken"("tokenHash");

-- CreateIndex
CREATE INDEX "SubscriberToken_subscriberId_idx" ON "SubscriberToken"("subscriberId");

-- CreateIndex
CREATE INDEX "Alert_updateId_idx" ON "Alert"("updateId");

-- CreateIndex
CREATE INDEX "Alert_eventId_idx" ON "Alert"("eventId");

-- CreateIndex
CREATE INDEX "Alert_kind_periodEnd_idx" ON "Alert"("kind", "periodEnd");

-- CreateIndex
CREATE INDEX "Delivery_alertId_batch_idx" ON "Delivery"("alertId", "batch");

-- CreateIndex
CREATE INDEX "Delivery_subscriberId_idx" ON "Delivery"("subscriberId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_alertId_subscriberId_key" ON "Delivery"("alertId", "subscriberId");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxMessage_idempotencyKey_key" ON "MailboxMessage"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "SubscriberCase" ADD CONSTRAINT "SubscriberCase_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberCase" ADD CONSTRAINT "SubscriberCase_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberCampaign" ADD CONSTRAINT "SubscriberCampaign_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberCampaign" ADD CONSTRAINT "SubscriberCampaign_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberToken" ADD CONSTRAINT "SubscriberToken_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ActionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "SubscriberToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;
