-- AlterTable
ALTER TABLE "Delivery" DROP COLUMN "pendingToken";

-- CreateTable
CREATE TABLE "PendingSubscriptionEmail" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "email" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingSubscriptionEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertBatch" (
    "alertId" TEXT NOT NULL,
    "batch" INTEGER NOT NULL,
    "emails" JSONB,
    "deliveryIds" BIGINT[],
    "firstAttemptAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertBatch_pkey" PRIMARY KEY ("alertId","batch")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingSubscriptionEmail_subscriberId_key" ON "PendingSubscriptionEmail"("subscriberId");

-- AddForeignKey
ALTER TABLE "PendingSubscriptionEmail" ADD CONSTRAINT "PendingSubscriptionEmail_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertBatch" ADD CONSTRAINT "AlertBatch_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
