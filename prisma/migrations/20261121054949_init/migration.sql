-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR', 'APPROXIMATE', 'BEFORE');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('PERSON', 'GROUP');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('INVESTIGATED', 'SUMMONED', 'DETAINED', 'CHARGED', 'ON_TRIAL', 'SENTENCED', 'APPEALING', 'SERVING_SENTENCE', 'RELEASED', 'IN_EXILE', 'MISSING', 'DIED');

-- CreateEnum
CREATE TYPE "ReleaseKind" AS ENUM ('END_OF_TERM', 'EARLY_RELEASE', 'PARDON', 'AMNESTY', 'ACQUITTAL', 'CHARGES_DROPPED');

-- CreateEnum
CREATE TYPE "CaseFlag" AS ENUM ('HUNGER_STRIKE', 'HEALTH_CONCERN');

-- CreateEnum
CREATE TYPE "UpdateState" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'CORRECTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "DemandKind" AS ENUM ('DEMAND', 'CALL_TO_ACTION');

-- CreateEnum
CREATE TYPE "DemandStatus" AS ENUM ('PENDING', 'PARTLY_MET', 'MET', 'REJECTED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('PICKET', 'RALLY', 'DEMONSTRATION', 'STRIKE', 'SOLIDARITY_WEEK', 'COMMEMORATION', 'TRIAL_WATCH', 'LETTER_WRITING', 'CALL_IN', 'OTHER');

-- CreateEnum
CREATE TYPE "CountQualifier" AS ENUM ('EXACT', 'MORE_THAN', 'UP_TO', 'ABOUT');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "country" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuedOnPrecision" "DatePrecision" NOT NULL,
    "fileName" TEXT,
    "body" TEXT NOT NULL,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocumentIssuer" (
    "documentId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SourceDocumentIssuer_pkey" PRIMARY KEY ("documentId","organisationId")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "quoteId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "note" TEXT,
    "campaignId" TEXT,
    "caseId" TEXT,
    "countId" TEXT,
    "updateId" TEXT,
    "demandId" TEXT,
    "eventId" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "startedOn" DATE,
    "startedOnPrecision" "DatePrecision",
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "name" TEXT NOT NULL,
    "identityProtected" BOOLEAN NOT NULL DEFAULT false,
    "photoUrl" TEXT,
    "summary" TEXT,
    "role" TEXT,
    "organisationId" TEXT,
    "campaignId" TEXT NOT NULL,
    "groupId" TEXT,
    "placeOfDetention" TEXT,
    "letterAddress" TEXT,
    "charges" TEXT,
    "sentence" TEXT,
    "status" "CaseStatus" NOT NULL,
    "releaseKind" "ReleaseKind",
    "statusSince" DATE,
    "statusSincePrecision" "DatePrecision",
    "flags" "CaseFlag"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAlias" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "language" TEXT,

    CONSTRAINT "CaseAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseCount" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "qualifier" "CountQualifier" NOT NULL DEFAULT 'EXACT',
    "asOf" DATE,
    "asOfPrecision" "DatePrecision",
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Update" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'fr',
    "occurredOn" DATE NOT NULL,
    "occurredOnPrecision" "DatePrecision" NOT NULL,
    "state" "UpdateState" NOT NULL DEFAULT 'DRAFT',
    "status" "CaseStatus",
    "releaseKind" "ReleaseKind",
    "scheduledFor" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "correctionNote" TEXT,
    "correctsId" TEXT,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Demand" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "DemandKind" NOT NULL DEFAULT 'DEMAND',
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'fr',
    "issuedById" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuedOnPrecision" "DatePrecision" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "DemandStatus" NOT NULL DEFAULT 'PENDING',
    "progressNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Demand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandCase" (
    "demandId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,

    CONSTRAINT "DemandCase_pkey" PRIMARY KEY ("demandId","caseId")
);

-- CreateTable
CREATE TABLE "ActionEvent" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "timeZone" TEXT NOT NULL,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "city" TEXT,
    "country" TEXT,
    "venue" TEXT,
    "onlineUrl" TEXT,
    "organiserId" TEXT,
    "campaignId" TEXT NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCase" (
    "eventId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,

    CONSTRAINT "EventCase_pkey" PRIMARY KEY ("eventId","caseId")
);

-- CreateTable
CREATE TABLE "EventDemand" (
    "eventId" TEXT NOT NULL,
    "demandId" TEXT NOT NULL,

    CONSTRAINT "EventDemand_pkey" PRIMARY KEY ("eventId","demandId")
);

-- CreateTable
CREATE TABLE "SeedRun" (
    "id" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_slug_key" ON "SourceDocument"("slug");

-- CreateIndex
CREATE INDEX "SourceDocumentIssuer_organisationId_idx" ON "SourceDocumentIssuer"("organisationId");

-- CreateIndex
CREATE INDEX "Quote_documentId_idx" ON "Quote"("documentId");

-- CreateIndex
CREATE INDEX "Citation_quoteId_idx" ON "Citation"("quoteId");

-- CreateIndex
CREATE INDEX "Citation_campaignId_idx" ON "Citation"("campaignId");

-- CreateIndex
CREATE INDEX "Citation_caseId_idx" ON "Citation"("caseId");

-- CreateIndex
CREATE INDEX "Citation_countId_idx" ON "Citation"("countId");

-- CreateIndex
CREATE INDEX "Citation_updateId_idx" ON "Citation"("updateId");

-- CreateIndex
CREATE INDEX "Citation_demandId_idx" ON "Citation"("demandId");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Case_slug_key" ON "Case"("slug");

-- CreateIndex
CREATE INDEX "Case_campaignId_status_idx" ON "Case"("campaignId", "status");

-- CreateIndex
CREATE INDEX "Case_groupId_idx" ON "Case"("groupId");

-- CreateIndex
CREATE INDEX "Case_status_idx" ON "Case"("status");

-- CreateIndex
CREATE INDEX "CaseAlias_alias_idx" ON "CaseAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "CaseAlias_caseId_alias_key" ON "CaseAlias"("caseId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "CaseCount_caseId_position_key" ON "CaseCount"("caseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Update_correctsId_key" ON "Update"("correctsId");

-- CreateIndex
CREATE INDEX "Update_caseId_state_occurredOn_idx" ON "Update"("caseId", "state", "occurredOn");

-- CreateIndex
CREATE INDEX "Update_state_publishedAt_idx" ON "Update"("state", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Demand_slug_key" ON "Demand"("slug");

-- CreateIndex
CREATE INDEX "Demand_campaignId_position_idx" ON "Demand"("campaignId", "position");

-- CreateIndex
CREATE INDEX "DemandCase_caseId_idx" ON "DemandCase"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionEvent_slug_key" ON "ActionEvent"("slug");

-- CreateIndex
CREATE INDEX "ActionEvent_startsAt_idx" ON "ActionEvent"("startsAt");

-- CreateIndex
CREATE INDEX "ActionEvent_campaignId_startsAt_idx" ON "ActionEvent"("campaignId", "startsAt");

-- CreateIndex
CREATE INDEX "EventCase_caseId_idx" ON "EventCase"("caseId");

-- CreateIndex
CREATE INDEX "EventDemand_demandId_idx" ON "EventDemand"("demandId");

-- AddForeignKey
ALTER TABLE "SourceDocumentIssuer" ADD CONSTRAINT "SourceDocumentIssuer_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceDocumentIssuer" ADD CONSTRAINT "SourceDocumentIssuer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_countId_fkey" FOREIGN KEY ("countId") REFERENCES "CaseCount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "Demand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ActionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAlias" ADD CONSTRAINT "CaseAlias_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseCount" ADD CONSTRAINT "CaseCount_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Update" ADD CONSTRAINT "Update_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Update" ADD CONSTRAINT "Update_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Update"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandCase" ADD CONSTRAINT "DemandCase_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "Demand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandCase" ADD CONSTRAINT "DemandCase_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCase" ADD CONSTRAINT "EventCase_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ActionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCase" ADD CONSTRAINT "EventCase_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventDemand" ADD CONSTRAINT "EventDemand_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ActionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventDemand" ADD CONSTRAINT "EventDemand_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "Demand"("id") ON DELETE CASCADE ON UPDATE CASCADE;
