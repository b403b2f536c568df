-- AlterTable
ALTER TABLE "PendingSubscriptionEmail" ADD COLUMN     "firstAttemptAt" TIMESTAMP(3);
