import { randomBytes, randomInt } from 'node:crypto';
import { createPrismaClient } from '../../../lib/prisma-client';
import { revalidatePublicPages } from './page-cache';

const letters = (alphabet: string, count: number) => Array.from({ length: count }, () => alphabet[randomInt(alphabet.length)]).join('');

/**
 * A protected case of our own in the e2e database (seeded rows stay untouched), with one update in every state.
 * Its name and alias are unique to this run, so finding any part of them in a response is a leak.
 */
export async function createOpenDataFixture() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const token = randomBytes(4).toString('hex');
  const first = `Zhibek${letters('qwxz', 5)}`;
  const last = `Tastem${letters('qwxz', 5)}ova`;
  const cyrillic = `Жибек Тастем${letters('жщэю', 5)}ова`;
  const slug = `protected-${token}`;
  const marker = `fixture-${token}`;
  const now = Date.now();
  const publishedAt = new Date(now);

  const subject = await db.case.create({
    data: {
      slug,
      kind: 'PERSON',
      name: `${first} ${last}`,
      identityProtected: true,
      photoUrl: `https://photos.example.org/${first}.jpg`,
      summary: `${first} ${last} est détenue depuis mars.`,
      language: 'fr',
      status: 'DETAINED',
      statusSince: new Date('2024-03-01'),
      statusSincePrecision: 'MONTH',
      campaignId: 'zhanaozen-2011',
      aliases: { create: [{ alias: cyrillic, language: 'ru' }] },
    },
  });
  const update = (suffix: string, data: { state: 'PUBLISHED' | 'DRAFT' | 'SCHEDULED' | 'CORRECTED' | 'RETRACTED'; body?: string; correctsId?: string; correctionNote?: string; scheduledFor?: Date }) =>
    db.update.create({
      data: {
        caseId: subject.id,
        title: `${marker}-${suffix}`,
        body: data.body ?? `${marker}-${suffix}-body`,
        language: 'fr',
        occurredOn: new Date('2024-03-01'),
        occurredOnPrecision: 'DAY',
        // Drafts and scheduled updates carry a publication date too: were the state ignored, they would lead the feeds.
        publishedAt,
        ...data,
      },
    });

  const published = await update('published', {
    state: 'PUBLISHED',
    body: `La famille de ${first} ${last} n’a pas de nouvelles. La sœur de ${last.slice(0, -1)}y témoigne. ${cyrillic} est détenue.`,
  });
  const draft = await update('draft', { state: 'DRAFT' });
  const scheduled = await update('scheduled', { state: 'SCHEDULED', scheduledFor: new Date(now + 86_400_000) });
  const corrected = await update('stale', { state: 'CORRECTED' });
  const correction = await update('correction', { state: 'PUBLISHED', correctsId: corrected.id, correctionNote: 'Date corrigée' });
  const retracted = await update('retracted', { state: 'RETRACTED' });
  const seededCase = await db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
  const draftOnSeededCase = await db.update.create({
    data: {
      caseId: seededCase.id,
      title: `${marker}-seeded-draft`,
      body: `${marker}-seeded-draft-body`,
      occurredOn: new Date('2024-03-01'),
      occurredOnPrecision: 'DAY',
      state: 'DRAFT',
      publishedAt,
    },
  });
  await revalidatePublicPages();

  return {
    slug,
    marker,
    caseId: subject.id,
    caseUpdatedAt: subject.updatedAt,
    initials: `${first[0]}. ${last[0]}.`,
    /** Every part of the real name and alias: none may appear in a public response. */
    secrets: [`${first} ${last}`, first, last, last.slice(0, -1), cyrillic, ...cyrillic.split(' ')],
    updates: { published, draft, scheduled, corrected, correction, retracted, draftOnSeededCase },
    /** Titles that must never be served. */
    hiddenTitles: [draft.title, scheduled.title, corrected.title, draftOnSeededCase.title],
    /** Texts that must never be served: unpublished bodies and the text of the corrected and retracted updates. */
    hiddenBodies: [draft.body, scheduled.body, corrected.body, retracted.body, draftOnSeededCase.body],
    async remove() {
      await db.update.deleteMany({ where: { id: { in: [correction.id, draftOnSeededCase.id] } } });
      await db.case.delete({ where: { id: subject.id } });
      await db.$disconnect();
      await revalidatePublicPages();
    },
  };
}

export type OpenDataFixture = Awaited<ReturnType<typeof createOpenDataFixture>>;

/** The parts of the real name found in a response (an empty list means no leak). */
export const leakedSecrets = (fixture: OpenDataFixture, text: string) => fixture.secrets.filter((secret) => text.includes(secret));
