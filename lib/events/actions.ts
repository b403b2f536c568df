'use server';

import { revalidatePublicRecord } from '../cache/revalidate';
import { getTranslations } from 'next-intl/server';
import { queueEventAlert } from '../alerts/fanout';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { db } from '../db';
import { SafeError } from '../errors';
import { slugNamesProtectedPerson, withUniqueSlug } from '../actions/unique-slug';
import type { Prisma } from '../generated/prisma/client';
import { asJson, auditDiff } from '../audit/diff';
import type { SaveOutcome } from '../updates/outcome';
import { instantAt } from '../updates/schedule-time';
import { eventConflict } from './editor-queries';
import { eventCreateSchema, eventEditSchema, type EventFormValues } from './event.schema';

/** The columns the form sets; its times are checked by the schema, so they convert. */
function eventColumns(values: EventFormValues) {
  const orNull = (text: string) => (text === '' ? null : text);
  return {
    slug: values.slug,
    title: values.title,
    kind: values.kind,
    description: orNull(values.description),
    language: values.language,
    startsAt: instantAt(values.startsAt, values.timeZone)!,
    endsAt: values.endsAt === '' ? null : instantAt(values.endsAt, values.timeZone)!,
    timeZone: values.timeZone,
    allDay: values.allDay,
    datePrecision: values.datePrecision,
    city: orNull(values.city),
    country: orNull(values.country),
    venue: orNull(values.venue),
    onlineUrl: orNull(values.onlineUrl),
    organiserId: orNull(values.organiserId),
    campaignId: values.campaignId,
    cancelled: values.cancelled,
  };
}

async function checkEventChoices(values: EventFormValues, eventId?: string) {
  const caseIds = [...new Set(values.caseIds)];
  const demandIds = [...new Set(values.demandIds)];
  const [slugOwner, namesPerson, campaign, organiser, cases, demands] = await Promise.all([
    db.actionEvent.findUnique({ where: { slug: values.slug }, select: { id: true } }),
    slugNamesProtectedPerson(values.slug),
    db.campaign.findUnique({ where: { id: values.campaignId }, select: { id: true } }),
    values.organiserId ? db.organisation.findUnique({ where: { id: values.organiserId }, select: { id: true } }) : null,
    db.case.count({ where: { id: { in: caseIds } } }),
    db.demand.count({ where: { id: { in: demandIds } } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (slugOwner && slugOwner.id !== eventId) errors.slug = ['slugTaken'];
  else if (namesPerson) errors.slug = ['slugNamesProtectedPerson'];
  if (!campaign) errors.campaignId = ['choice'];
  if (values.organiserId && !organiser) errors.organiserId = ['choice'];
  if (cases !== caseIds.length) errors.caseIds = ['choice'];
  if (demands !== demandIds.length) errors.demandIds = ['choice'];
  if (Object.keys(errors).length > 0) throw new SafeError((await getTranslations('workspace.errors'))('invalid'), errors);
}

const auditedEventSelect = {
  slug: true,
  title: true,
  kind: true,
  description: true,
  language: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  allDay: true,
  datePrecision: true,
  city: true,
  country: true,
  venue: true,
  onlineUrl: true,
  organiserId: true,
  campaignId: true,
  cancelled: true,
  cases: { select: { caseId: true }, orderBy: { caseId: 'asc' } },
  demands: { select: { demandId: true }, orderBy: { demandId: 'asc' } },
} as const;

type AuditedEvent = Prisma.ActionEventGetPayload<{ select: typeof auditedEventSelect }>;
const eventRecord = ({ cases, demands, ...rest }: AuditedEvent) => ({
  ...rest,
  caseIds: cases.map((link) => link.caseId),
  demandIds: demands.map((link) => link.demandId),
});

export const createEvent = workspaceAction({ role: 'ORGANIZER', schema: eventCreateSchema }, async (values, { user }) => {
  await checkEventChoices(values);
  const created = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const row = await tx.actionEvent.create({
        data: {
          ...eventColumns(values),
          cases: { create: [...new Set(values.caseIds)].map((caseId) => ({ caseId })) },
          demands: { create: [...new Set(values.demandIds)].map((demandId) => ({ demandId })) },
        },
        select: { id: true, ...auditedEventSelect },
      });
      const { id, ...record } = row;
      await audit({ actorId: user.id, action: 'event.create', entityType: 'ActionEvent', entityId: id, after: asJson(eventRecord(record)) }, tx);
      await queueEventAlert(tx, id);
      return row;
    }),
  );
  revalidatePublicRecord();
  return { id: created.id };
});

/** Saves the event if nobody changed it since the form was opened; otherwise writes nothing and gives back theirs. */
export const updateEvent = workspaceAction({ role: 'ORGANIZER', schema: eventEditSchema }, async (input, { user }): Promise<SaveOutcome<EventFormValues>> => {
  const { id, version, ...values } = input;
  await checkEventChoices(values, id);
  const saved = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const before = await tx.actionEvent.findUnique({ where: { id }, select: auditedEventSelect });
      if (!before) return false;
      const { count } = await tx.actionEvent.updateMany({ where: { id, version }, data: { ...eventColumns(values), version: { increment: 1 } } });
      if (count === 0) return false;
      const caseIds = [...new Set(values.caseIds)];
      const demandIds = [...new Set(values.demandIds)];
      await tx.eventCase.deleteMany({ where: { eventId: id, caseId: { notIn: caseIds } } });
      await tx.eventCase.createMany({ data: caseIds.map((caseId) => ({ eventId: id, caseId })), skipDuplicates: true });
      await tx.eventDemand.deleteMany({ where: { eventId: id, demandId: { notIn: demandIds } } });
      await tx.eventDemand.createMany({ data: demandIds.map((demandId) => ({ eventId: id, demandId })), skipDuplicates: true });
      const after = await tx.actionEvent.findUniqueOrThrow({ where: { id }, select: auditedEventSelect });
      await audit({ actorId: user.id, action: 'event.update', entityType: 'ActionEvent', entityId: id, ...auditDiff(eventRecord(before), eventRecord(after)) }, tx);
      await queueEventAlert(tx, id);
      return true;
    }),
  );
  if (saved) {
    revalidatePublicRecord();
    return { saved: { id, version: version + 1 } };
  }
  const conflict = await eventConflict(id);
  if (!conflict) throw new SafeError((await getTranslations('records'))('events.missing'));
  return { conflict };
});
