-- AlterTable
ALTER TABLE "ActionEvent" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'fr';

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'fr';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'fr';

-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "campaignId" TEXT,
    "caseId" TEXT,
    "updateId" TEXT,
    "demandId" TEXT,
    "eventId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Translation_campaignId_field_language_key" ON "Translation"("campaignId", "field", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_caseId_field_language_key" ON "Translation"("caseId", "field", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_updateId_field_language_key" ON "Translation"("updateId", "field", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_demandId_field_language_key" ON "Translation"("demandId", "field", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_eventId_field_language_key" ON "Translation"("eventId", "field", "language");

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "Demand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ActionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
