'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { db } from '../db';
import { SafeError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { asJson, auditDiff } from '../audit/diff';
import { updateConflict } from './editor-queries';
import type { SaveOutcome } from './outcome';
import { commitPublication, StatusWouldBeLost, type PublicationChange } from './publish';
import { updateDiscardSchema } from './discard.schema';
import { instantAt } from './schedule-time';
import { updateCorrectSchema, updateCreateSchema, updateEditSchema, updateRetractSchema, type UpdateContent, type UpdateCreateInput } from './update.schema';
import { auditedUpdateSelect, createCitations, insertUpdate, sourceErrors, updateContentData, updateSnapshot, type StateChange } from './write';

type Tx = Prisma.TransactionClient;
type Intent = UpdateCreateInput['intent'];

/** The state an update takes for what the organizer chose: keep as a draft, schedule it, or publish it now. */
function stateFor(input: { intent: Intent; scheduledAt: string; timeZone: string }): StateChange {
  if (input.intent === 'publish') return { state: 'PUBLISHED' as const, scheduledFor: null, publishedAt: new Date() };
  if (input.intent === 'schedule') return { state: 'SCHEDULED' as const, scheduledFor: instantAt(input.scheduledAt, input.timeZone), publishedAt: null };
  return { state: 'DRAFT' as const, scheduledFor: null, publishedAt: null };
}

async function errorMessage(key: 'sources' | 'statusWouldBeLost' | 'caseMissing' | 'updateMissing' | 'discardChanged') {
  const t = await getTranslations('editing.errors');
  return t(key);
}

const auditAction: Record<Intent, string> = { draft: 'update.update', schedule: 'update.schedule', publish: 'update.publish' };

async function checkSources(sources: UpdateCreateInput['sources']) {
  const errors = await sourceErrors(sources);
  if (errors) throw new SafeError(await errorMessage('sources'), errors);
}

/** Publishing goes through commitPublication (status and publish effects); drafts and schedules do not. */
async function write(intent: Intent, actorId: string, work: (tx: Tx) => Promise<PublicationChange | null>) {
  try {
    return intent === 'publish' ? await commitPublication(actorId, work) : await db.$transaction(work);
  } catch (error) {
    if (error instanceof StatusWouldBeLost) throw new SafeError(await errorMessage('statusWouldBeLost'));
    throw error;
  }
}

/** A new update on a case: kept as a draft, scheduled, or published now. */
export const createUpdate = workspaceAction({ role: 'ORGANIZER', schema: updateCreateSchema }, async (input, { user }) => {
  const subject = await db.case.findUnique({ where: { id: input.caseId }, select: { id: true } });
  if (!subject) throw new SafeError(await errorMessage('caseMissing'));
  await checkSources(input.sources);
  let id = '';
  await write(input.intent, user.id, async (tx) => {
    id = await insertUpdate(tx, user.id, subject.id, input, stateFor(input));
    return { published: input.intent === 'publish' ? [{ id, caseId: subject.id }] : [], withdrawn: [] };
  });
  return { id };
});

/** Saves a draft or scheduled update (and schedules, unschedules or publishes it) if unchanged since opened. */
export const saveUpdate = workspaceAction({ role: 'ORGANIZER', schema: updateEditSchema }, async (input, { user }): Promise<SaveOutcome<UpdateContent>> => {
  await checkSources(input.sources);
  const { id, version } = input;
  const state = stateFor(input);
  const change = await write(input.intent, user.id, async (tx) => {
    const before = await tx.update.findUnique({ where: { id }, select: auditedUpdateSelect });
    const { count } = await tx.update.updateMany({
      where: { id, version, state: { in: ['DRAFT', 'SCHEDULED'] } },
      data: { ...updateContentData(input), ...state, version: { increment: 1 } },
    });
    if (!before || count === 0) return null;
    await tx.citation.deleteMany({ where: { updateId: id } });
    await createCitations(tx, { updateId: id }, input.sources);
    const diff = auditDiff(asJson(before), await updateSnapshot(tx, id));
    await audit({ actorId: user.id, action: auditAction[input.intent], entityType: 'Update', entityId: id, ...diff }, tx);
    return { published: input.intent === 'publish' ? [{ id, caseId: before.caseId }] : [], withdrawn: [] };
  });
  return change ? { saved: { id, version: version + 1 } } : { conflict: await conflictOrGone(id) };
});

/**
 * Corrects a published update: a new published row replaces it (pointing at it, with the note readers see) and
 * the original is kept as CORRECTED. The case status follows the correction.
 */
export const correctUpdate = workspaceAction({ role: 'ORGANIZER', schema: updateCorrectSchema }, async (input, { user }): Promise<SaveOutcome<UpdateContent>> => {
  await checkSources(input.sources);
  const { id, version } = input;
  let correctionId = '';
  const change = await write('publish', user.id, async (tx) => {
    const original = await tx.update.findUnique({ where: { id }, select: auditedUpdateSelect });
    const { count } = await tx.update.updateMany({ where: { id, version, state: 'PUBLISHED' }, data: { state: 'CORRECTED', version: { increment: 1 } } });
    if (!original || count === 0) return null;
    ({ id: correctionId } = await tx.update.create({
      data: {
        caseId: original.caseId,
        ...updateContentData(input),
        state: 'PUBLISHED',
        publishedAt: new Date(),
        correctsId: id,
        correctionNote: input.correctionNote,
        authorId: user.id,
      },
      select: { id: true },
    }));
    await createCitations(tx, { updateId: correctionId }, input.sources);
    const correction = await updateSnapshot(tx, correctionId);
    await audit({ actorId: user.id, action: 'update.correct', entityType: 'Update', entityId: id, before: asJson(original), after: correction }, tx);
    // The correction is a record of its own: filtering the log by its id finds its publication.
    await audit({ actorId: user.id, action: 'update.publish', entityType: 'Update', entityId: correctionId, after: correction }, tx);
    return { published: [{ id: correctionId, caseId: original.caseId }], withdrawn: [{ id, caseId: original.caseId }] };
  });
  return change ? { saved: { id: correctionId, version: 1 } } : { conflict: await conflictOrGone(id) };
});

/** Withdraws a published update: it stays on the timeline marked as retracted, with the reason, without its text. */
export const retractUpdate = workspaceAction({ role: 'ORGANIZER', schema: updateRetractSchema }, async (input, { user }): Promise<SaveOutcome<UpdateContent>> => {
  const { id, version, reason } = input;
  const change = await write('publish', user.id, async (tx) => {
    const before = await tx.update.findUnique({ where: { id }, select: { caseId: true, state: true, correctionNote: true } });
    const { count } = await tx.update.updateMany({
      where: { id, version, state: 'PUBLISHED' },
      data: { state: 'RETRACTED', correctionNote: reason, version: { increment: 1 } },
    });
    if (!before || count === 0) return null;
    const { caseId, ...was } = before;
    await audit(
      { actorId: user.id, action: 'update.retract', entityType: 'Update', entityId: id, before: asJson(was), after: asJson({ state: 'RETRACTED', correctionNote: reason }) },
      tx,
    );
    return { published: [], withdrawn: [{ id, caseId }] };
  });
  return change ? { saved: { id, version: version + 1 } } : { conflict: await conflictOrGone(id) };
});

/**
 * Deletes a draft or scheduled update, never public, as the organizer last saw it: one saved, scheduled or published
 * meanwhile (the scheduler may have published it) stays. The audit entry keeps what was deleted.
 */
export const discardUpdate = workspaceAction({ role: 'ORGANIZER', schema: updateDiscardSchema }, async ({ id, version }, { user }) => {
  const caseId = await db.$transaction(async (tx) => {
    const before = await tx.update.findUnique({ where: { id }, select: auditedUpdateSelect });
    const { count } = await tx.update.deleteMany({ where: { id, version, state: { in: ['DRAFT', 'SCHEDULED'] } } });
    if (!before || count === 0) return null;
    await audit({ actorId: user.id, action: 'update.discard', entityType: 'Update', entityId: id, before: asJson(before) }, tx);
    return before.caseId;
  });
  if (!caseId) throw new SafeError(await errorMessage((await db.update.count({ where: { id } })) > 0 ? 'discardChanged' : 'updateMissing'));
  return { caseId };
});

async function conflictOrGone(id: string) {
  const conflict = await updateConflict(id);
  if (!conflict) throw new SafeError(await errorMessage('updateMissing'));
  return conflict;
}
