-- CreateEnum
CREATE TYPE "SourceDocumentState" AS ENUM ('IN_REVIEW', 'PUBLIC', 'WITHHELD');

-- AlterTable: every document stored so far (seeded or entered by an organizer) is public, as it was
ALTER TABLE "SourceDocument" ADD COLUMN     "state" "SourceDocumentState" NOT NULL DEFAULT 'PUBLIC';

-- CreateTable
CREATE TABLE "CandidateName" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "quoteId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CandidateName_documentId_idx" ON "CandidateName"("documentId");

-- CreateIndex
CREATE INDEX "CandidateName_quoteId_idx" ON "CandidateName"("quoteId");

-- AddForeignKey
ALTER TABLE "CandidateName" ADD CONSTRAINT "CandidateName_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateName" ADD CONSTRAINT "CandidateName_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
