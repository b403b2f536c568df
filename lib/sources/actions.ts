'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { auditDiff } from '../audit/diff';
import { audit } from '../audit/log';
import { revalidatePublicRecord } from '../cache/revalidate';
import { db } from '../db';
import { SafeError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { SaveOutcome } from '../updates/outcome';
import { sourceConflict } from './editor-queries';
import { sourceEditSchema, type SourceFormValues } from './source.schema';
import { sourceVisibilitySchema } from './visibility.schema';

const auditedSourceSelect = {
  slug: true,
  title: true,
  summary: true,
  body: true,
  issuedOn: true,
  issuedOnPrecision: true,
  issuers: { orderBy: { position: 'asc' }, select: { organisationId: true } },
  _count: { select: { quotes: true } },
} as const;

type AuditedSource = Prisma.SourceDocumentGetPayload<{ select: typeof auditedSourceSelect }>;
const sourceRecord = ({ issuers, _count, slug, ...rest }: AuditedSource) => ({ ...rest, issuerIds: issuers.map((issuer) => issuer.organisationId) });

/** A text box gives back line breaks as "\n" whatever the stored text used. */
const sameText = (a: string, b: string) => a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');

async function invalid(fieldErrors: Record<string, string[]>) {
  return new SafeError((await getTranslations('workspace.errors'))('invalid'), fieldErrors);
}

/**
 * Saves the document if nobody changed it since the form was opened (its version); otherwise writes nothing and
 * gives back what is stored now. Its body stays as it is once a quote cites it: every quote must stay verbatim.
 */
export const updateSource = workspaceAction({ role: 'ORGANIZER', schema: sourceEditSchema }, async (input, { user }): Promise<SaveOutcome<SourceFormValues>> => {
  const { id, version, issuerIds, ...values } = input;
  const issuers = [...new Set(issuerIds)];
  if ((await db.organisation.count({ where: { id: { in: issuers } } })) !== issuers.length) throw await invalid({ issuerIds: ['choice'] });
  const bodyLocked = new SafeError((await getTranslations('records'))('sourceForm.bodyLocked'));
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.sourceDocument.findUnique({ where: { id }, select: auditedSourceSelect });
    if (!before) return false;
    const bodyChanged = !sameText(values.body, before.body);
    if (bodyChanged && before._count.quotes > 0) throw bodyLocked;
    const { count } = await tx.sourceDocument.updateMany({
      where: { id, version },
      data: {
        title: values.title,
        summary: values.summary === '' ? null : values.summary,
        ...(bodyChanged ? { body: values.body } : {}),
        issuedOn: new Date(`${values.issuedOn}T00:00:00Z`),
        issuedOnPrecision: values.issuedOnPrecision,
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await tx.sourceDocumentIssuer.deleteMany({ where: { documentId: id } });
    await tx.sourceDocumentIssuer.createMany({ data: issuers.map((organisationId, position) => ({ documentId: id, organisationId, position })) });
    const after = await tx.sourceDocument.findUniqueOrThrow({ where: { id }, select: auditedSourceSelect });
    await audit({ actorId: user.id, action: 'source.update', entityType: 'SourceDocument', entityId: id, ...auditDiff(sourceRecord(before), sourceRecord(after)) }, tx);
    return true;
  });
  if (saved) {
    revalidatePublicRecord();
    return { saved: { id, version: version + 1 } };
  }
  const conflict = await sourceConflict(id);
  if (!conflict) throw new SafeError((await getTranslations('records'))('sources.missing'));
  return { conflict };
});

/**
 * Publishes a reviewed statement, or withholds it again (every public read then leaves it and its quotes out).
 * A statement still in review is published only by recording its review. The state the organizer saw must still
 * hold: of two organizers clicking at once, the second is told, and nothing changes twice.
 */
export const setSourceVisibility = workspaceAction({ role: 'ORGANIZER', schema: sourceVisibilitySchema }, async ({ id, state }, { user }) => {
  const t = await getTranslations('records');
  const from = state === 'PUBLIC' ? 'WITHHELD' : 'PUBLIC';
  await db.$transaction(async (tx) => {
    const { count } = await tx.sourceDocument.updateMany({ where: { id, state: from }, data: { state } });
    if (count === 0) {
      const current = await tx.sourceDocument.findUnique({ where: { id }, select: { state: true } });
      if (!current) throw new SafeError(t('sources.missing'));
      throw new SafeError(t(current.state === 'IN_REVIEW' ? 'sources.reviewFirst' : 'sources.visibilityChanged'));
    }
    await audit({ actorId: user.id, action: state === 'PUBLIC' ? 'source.publish' : 'source.withhold', entityType: 'SourceDocument', entityId: id, before: { state: from }, after: { state } }, tx);
  });
  revalidatePublicRecord();
});
