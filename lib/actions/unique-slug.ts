import 'server-only';
import { getTranslations } from 'next-intl/server';
import { namesInSlug } from '../cases/case.schema';
import { protectedPeople } from '../cases/redaction';
import { SafeError } from '../errors';
import { Prisma } from '../generated/prisma/client';

/** The slug field's error, for a record whose address another record already has. */
export async function slugTakenError() {
  return new SafeError((await getTranslations('workspace.errors'))('invalid'), { slug: ['slugTaken'] });
}

/**
 * Whether a public address would spell part of the name or an alias of a person whose identity is protected.
 * A case's address is checked here against everyone else's names, and by its form's schema against its own, as
 * the form has them (protected or not, renamed).
 */
export async function slugNamesProtectedPerson(slug: string, ownCaseId?: string): Promise<boolean> {
  return (await protectedPeople()).some((person) => person.caseId !== ownCaseId && namesInSlug(slug, [person.name, ...person.aliases]).length > 0);
}

/** Refuses, beside the slug field, a public address that spells part of a protected person's name or alias. */
export async function refuseSlugNamingProtectedPerson(slug: string) {
  if (await slugNamesProtectedPerson(slug)) {
    throw new SafeError((await getTranslations('workspace.errors'))('invalid'), { slug: ['slugNamesProtectedPerson'] });
  }
}

/**
 * Runs a write of a record with a unique slug: when the database refuses the slug (a concurrent save took it
 * first, or nobody checked), the user gets the error beside the slug field instead of a generic failure.
 */
export async function withUniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw await slugTakenError();
    throw error;
  }
}
