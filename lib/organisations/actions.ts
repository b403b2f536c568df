'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { slugNamesProtectedPerson, withUniqueSlug } from '../actions/unique-slug';
import { asJson, auditDiff } from '../audit/diff';
import { audit } from '../audit/log';
import { revalidatePublicRecord } from '../cache/revalidate';
import { aliasList } from '../cases/case.schema';
import { redactorFor } from '../cases/identity';
import { protectedPeople } from '../cases/redaction';
import { db } from '../db';
import { SafeError } from '../errors';
import type { SaveOutcome } from '../updates/outcome';
import { organisationConflict } from './editor-queries';
import { organisationCreateSchema, organisationEditSchema, type OrganisationFormValues } from './organisation.schema';

const auditedOrganisationSelect = { slug: true, name: true, aliases: true, country: true } as const;

function organisationColumns(values: OrganisationFormValues) {
  return { slug: values.slug, name: values.name, aliases: aliasList(values.aliases), country: values.country === '' ? null : values.country };
}

/**
 * Public pages show an organisation's name and address unredacted (as the issuer of statements, demands and
 * actions): a name, alias or slug that spells part of a protected person's name is refused beside its field.
 */
async function refuseNamesOfProtectedPeople(values: OrganisationFormValues) {
  const [redact, slugNamesPerson] = await Promise.all([protectedPeople().then(redactorFor), slugNamesProtectedPerson(values.slug)]);
  const errors: Record<string, string[]> = {};
  if (slugNamesPerson) errors.slug = ['slugNamesProtectedPerson'];
  if (redact(values.name) !== values.name) errors.name = ['namesProtectedPerson'];
  if (aliasList(values.aliases).some((alias) => redact(alias) !== alias)) errors.aliases = ['namesProtectedPerson'];
  if (Object.keys(errors).length > 0) throw new SafeError((await getTranslations('workspace.errors'))('invalid'), errors);
}

/**
 * A new organisation, at once a choice of the statement import and of the forms that name an issuer or an organiser;
 * a slug another organisation has is refused beside its field.
 */
export const createOrganisation = workspaceAction({ role: 'ORGANIZER', schema: organisationCreateSchema }, async (values, { user }) => {
  await refuseNamesOfProtectedPeople(values);
  const created = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const { id, ...record } = await tx.organisation.create({ data: organisationColumns(values), select: { id: true, ...auditedOrganisationSelect } });
      await audit({ actorId: user.id, action: 'organisation.create', entityType: 'Organisation', entityId: id, after: asJson(record) }, tx);
      return { id };
    }),
  );
  revalidatePublicRecord();
  return created;
});

/**
 * Saves the organisation if nobody changed it since the form was opened (its version); otherwise writes nothing and
 * gives back what is stored now. Public pages show its name as the issuer of statements and demands.
 */
export const updateOrganisation = workspaceAction({ role: 'ORGANIZER', schema: organisationEditSchema }, async (input, { user }): Promise<SaveOutcome<OrganisationFormValues>> => {
  const { id, version, ...values } = input;
  await refuseNamesOfProtectedPeople(values);
  const saved = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id }, select: auditedOrganisationSelect });
      if (!before) return false;
      const { count } = await tx.organisation.updateMany({ where: { id, version }, data: { ...organisationColumns(values), version: { increment: 1 } } });
      if (count === 0) return false;
      const after = await tx.organisation.findUniqueOrThrow({ where: { id }, select: auditedOrganisationSelect });
      await audit({ actorId: user.id, action: 'organisation.update', entityType: 'Organisation', entityId: id, ...auditDiff(before, after) }, tx);
      return true;
    }),
  );
  if (saved) {
    revalidatePublicRecord();
    return { saved: { id, version: version + 1 } };
  }
  const conflict = await organisationConflict(id);
  if (!conflict) throw new SafeError((await getTranslations('records'))('organisations.missing'));
  return { conflict };
});
