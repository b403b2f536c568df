-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "bouncedAt" TIMESTAMP(3),
ADD COLUMN     "complainedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Delivery_providerId_idx" ON "Delivery"("providerId");
