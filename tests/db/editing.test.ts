import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { caseInput } from '../support/case-input';
import { session } from '../support/signed-in';

// The actions run as they do in the app, through the workspace wrapper; only the session (who is signed in) and
// the message lookup (keys instead of sentences) stand in for a request.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let colleague: WorkspaceUser;
let reviewer: WorkspaceUser;
let actions: typeof import('@/lib/cases/actions') & typeof import('@/lib/updates/actions');
let publishDueUpdates: typeof import('@/lib/updates/publish').publishDueUpdates;

const signedInAs = (user: WorkspaceUser) => {
  session.user = user;
};

beforeAll(async () => {
  database = await createSeededAppDatabase();
  const user = async (email: string, role: WorkspaceUser['role']) => {
    const row = await database.db.user.create({ data: { email, role } });
    return { id: row.id, email, name: null, role };
  };
  organizer = await user('organizer@example.org', 'ORGANIZER');
  colleague = await user('colleague@example.org', 'ORGANIZER');
  reviewer = await user('reviewer@example.org', 'REVIEWER');
  actions = { ...(await import('@/lib/cases/actions')), ...(await import('@/lib/updates/actions')) };
  ({ publishDueUpdates } = await import('@/lib/updates/publish'));
});
afterAll(async () => database?.drop());

const caseFields = (slug: string, changes: object = {}) =>
  caseInput({ name: 'Aruzhan Testova', slug, aliases: 'Аружан Тестова', summary: 'Militante syndicale.', campaignId: 'january-2022', ...changes });

const content = (changes: object = {}) => ({
  title: 'Arrêtée à Aktaou',
  body: 'Arrêtée **hier**.',
  language: 'fr',
  occurredOn: '2022-01-10',
  occurredOnPrecision: 'DAY',
  status: '',
  releaseKind: '',
  sources: [],
  ...changes,
});

const noSchedule = { scheduledAt: '', timeZone: '' };

async function createTestCase(slug: string, firstStatus = 'DETAINED') {
  signedInAs(organizer);
  const result = await actions.createCase({ ...caseFields(slug), firstUpdate: content({ status: firstStatus }) });
  expect(result.message).toBeUndefined();
  return result.data!.id;
}

const caseRow = (id: string) => database.db.case.findUniqueOrThrow({ where: { id }, select: { status: true, releaseKind: true, statusSince: true, version: true, summary: true, role: true } });
const auditOf = (entityId: string, action?: string) => database.db.auditLog.findMany({ where: { entityId, action }, orderBy: { at: 'asc' } });

async function postUpdate(caseId: string, intent: 'draft' | 'schedule' | 'publish', changes: object = {}) {
  const result = await actions.createUpdate({ caseId, intent, ...noSchedule, ...content(changes) });
  expect(result.message).toBeUndefined();
  return database.db.update.findUniqueOrThrow({ where: { id: result.data!.id } });
}

describe('creating a case', () => {
  it('publishes its first update with it, which gives the case its status, and audits both', async () => {
    const id = await createTestCase('aruzhan-testova');
    expect(await caseRow(id)).toMatchObject({ status: 'DETAINED', statusSince: new Date('2022-01-10T00:00:00Z'), version: 1 });
    const updates = await database.db.update.findMany({ where: { caseId: id } });
    expect(updates).toMatchObject([{ state: 'PUBLISHED', status: 'DETAINED', authorId: organizer.id }]);
    expect(updates[0]!.publishedAt).toBeInstanceOf(Date);
    expect((await auditOf(id)).map((entry) => [entry.action, entry.actorId])).toEqual([['case.create', organizer.id]]);
    expect((await auditOf(updates[0]!.id)).map((entry) => entry.action)).toEqual(['update.create', 'update.publish']);
  });

  it('refuses a slug that names a protected person, in any script, and writes nothing', async () => {
    signedInAs(organizer);
    const before = await database.db.case.count();
    for (const slug of ['aruzhan-2022', 'testova', 'lawyer-aruzhan']) {
      const result = await actions.createCase({ ...caseFields(slug, { identityProtected: true }), firstUpdate: content({ status: 'DETAINED' }) });
      expect(result.errors?.slug, slug).toEqual(['slugNamesProtectedPerson']);
    }
    const cyrillicOnly = await actions.createCase({
      ...caseFields('aruzhan-t', { identityProtected: true, name: 'A. T.', aliases: 'Аружан Тестова' }),
      firstUpdate: content({ status: 'DETAINED' }),
    });
    expect(cyrillicOnly.errors?.slug).toEqual(['slugNamesProtectedPerson']);
    expect(await database.db.case.count()).toBe(before);
    const accepted = await actions.createCase({ ...caseFields('activist-aktau-2022', { identityProtected: true }), firstUpdate: content({ status: 'DETAINED' }) });
    expect(accepted.ok).toBe(true);
  });

  it("refuses an address that names another case's protected person, and lets a protected case name itself once its protection is lifted", async () => {
    signedInAs(organizer);
    const protectedPerson = caseFields('activist-zhanaozen-2011', { identityProtected: true, name: 'Saule Protegova', aliases: '' });
    const created = await actions.createCase({ ...protectedPerson, firstUpdate: content({ status: 'DETAINED' }) });
    expect(created.ok).toBe(true);
    const before = await database.db.case.count();
    const lawyer = await actions.createCase({ ...caseFields('lawyer-of-saule', { name: 'Marat Avocatov', aliases: '' }), firstUpdate: content({ status: 'DETAINED' }) });
    expect(lawyer.errors?.slug).toEqual(['slugNamesProtectedPerson']);
    expect(await database.db.case.count()).toBe(before);

    const otherId = await createTestCase('case-beside-her');
    const renamed = await actions.updateCase({ id: otherId, version: 1, ...caseFields('protegova-and-others') });
    expect(renamed.errors?.slug).toEqual(['slugNamesProtectedPerson']);
    expect(await database.db.case.findUniqueOrThrow({ where: { id: otherId }, select: { slug: true, version: true } })).toEqual({ slug: 'case-beside-her', version: 1 });

    const unprotected = await actions.updateCase({ id: created.data!.id, version: 1, ...protectedPerson, identityProtected: false, slug: 'saule-protegova' });
    expect(unprotected.ok).toBe(true);
  });

  it('refuses a slug another case has', async () => {
    signedInAs(organizer);
    const result = await actions.createCase({ ...caseFields('vadim-kuramshin'), firstUpdate: content({ status: 'DETAINED' }) });
    expect(result.errors?.slug).toEqual(['slugTaken']);
  });
});

describe('editing a case', () => {
  it('writes nothing when the case changed since the form was opened, and gives back what is stored', async () => {
    const id = await createTestCase('concurrent-edits');
    signedInAs(organizer);
    const first = await actions.updateCase({ id, version: 1, ...caseFields('concurrent-edits', { summary: 'Version de la première organisatrice.' }) });
    expect(first.data).toEqual({ saved: { id, version: 2 } });

    signedInAs(colleague);
    const second = await actions.updateCase({ id, version: 1, ...caseFields('concurrent-edits', { summary: 'Version du collègue.', role: 'Avocate' }) });
    expect(second.data && 'conflict' in second.data && second.data.conflict).toMatchObject({
      version: 2,
      theirs: { summary: 'Version de la première organisatrice.', role: '' },
    });
    expect(await caseRow(id)).toMatchObject({ version: 2, summary: 'Version de la première organisatrice.', role: null });
    expect(await auditOf(id, 'case.update')).toHaveLength(1);

    // Having seen both, the colleague keeps theirs: saved against the version now stored.
    const overwrite = await actions.updateCase({ id, version: 2, ...caseFields('concurrent-edits', { summary: 'Version du collègue.', role: 'Avocate' }) });
    expect(overwrite.data).toEqual({ saved: { id, version: 3 } });
    const [, last] = await auditOf(id, 'case.update');
    expect(last).toMatchObject({ actorId: colleague.id, before: { summary: 'Version de la première organisatrice.', role: null }, after: { summary: 'Version du collègue.', role: 'Avocate' } });
  });

  it('never changes the status, whatever the form sends', async () => {
    const id = await createTestCase('status-by-form');
    const result = await actions.updateCase({ id, version: 1, ...caseFields('status-by-form'), status: 'RELEASED', releaseKind: 'PARDON' });
    expect(result.ok).toBe(true);
    expect(await caseRow(id)).toMatchObject({ status: 'DETAINED', releaseKind: null });
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestCase('reviewer-refused');
    signedInAs(reviewer);
    const result = await actions.updateCase({ id, version: 1, ...caseFields('reviewer-refused', { summary: 'Changé par un relecteur.' }) });
    expect(result).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await caseRow(id)).toMatchObject({ version: 1, summary: 'Militante syndicale.' });
    const update = await actions.createUpdate({ caseId: id, intent: 'publish', ...noSchedule, ...content({ status: 'RELEASED' }) });
    expect(update).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await database.db.update.count({ where: { caseId: id } })).toBe(1);
  });
});

describe('group cases and their members', () => {
  it('makes a person a member of a group, shown among the group’s members, and refuses a group that is not one', async () => {
    const groupId = await createTestCase('group-of-defendants');
    signedInAs(organizer);
    await actions.updateCase({ id: groupId, version: 1, ...caseFields('group-of-defendants', { kind: 'GROUP', name: 'Les accusés de test', aliases: '' }) });
    const memberId = await createTestCase('member-of-the-group');
    const joined = await actions.updateCase({ id: memberId, version: 1, ...caseFields('member-of-the-group', { groupId }) });
    expect(joined.data).toEqual({ saved: { id: memberId, version: 2 } });
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    expect((await getCaseBySlug('group-of-defendants', 'fr'))!.members.map((member) => member.slug)).toEqual(['member-of-the-group']);
    expect((await getCaseBySlug('member-of-the-group', 'fr'))!.group).toMatchObject({ slug: 'group-of-defendants', name: 'Les accusés de test' });

    // A person is no group: refused beside the field, nothing written.
    const otherPerson = await createTestCase('not-a-group');
    const refused = await actions.updateCase({ id: memberId, version: 2, ...caseFields('member-of-the-group', { groupId: otherPerson }) });
    expect(refused.errors).toEqual({ groupId: ['choice'] });
    expect((await database.db.case.findUniqueOrThrow({ where: { id: memberId }, select: { groupId: true, version: true } }))).toEqual({ groupId, version: 2 });
  });

  it('keeps a group a group while it has members, and says why beside the kind', async () => {
    const groupId = await createTestCase('group-keeping-members');
    signedInAs(organizer);
    await actions.updateCase({ id: groupId, version: 1, ...caseFields('group-keeping-members', { kind: 'GROUP', aliases: '' }) });
    await createTestCase('a-member-kept');
    const memberId = (await database.db.case.findUniqueOrThrow({ where: { slug: 'a-member-kept' }, select: { id: true } })).id;
    await actions.updateCase({ id: memberId, version: 1, ...caseFields('a-member-kept', { groupId }) });

    const refused = await actions.updateCase({ id: groupId, version: 2, ...caseFields('group-keeping-members', { kind: 'PERSON', aliases: '' }) });
    expect(refused.errors).toEqual({ kind: ['groupHasMembers'] });
    expect(await database.db.case.findUniqueOrThrow({ where: { id: groupId }, select: { kind: true, version: true } })).toEqual({ kind: 'GROUP', version: 2 });
  });
});

describe('aliases of a case', () => {
  it('adds and removes aliases as the list is edited, one per line, and audits the change', async () => {
    const id = await createTestCase('aliases-edited');
    signedInAs(organizer);
    await actions.updateCase({ id, version: 1, ...caseFields('aliases-edited', { aliases: 'Аружан Тестова\nAruzhan Testova\n Aruzhan T. ' }) });
    const stored = () => database.db.caseAlias.findMany({ where: { caseId: id }, select: { alias: true }, orderBy: { alias: 'asc' } });
    expect((await stored()).map((row) => row.alias)).toEqual(['Aruzhan T.', 'Aruzhan Testova', 'Аружан Тестова']);

    await actions.updateCase({ id, version: 2, ...caseFields('aliases-edited', { aliases: 'Aruzhan T.' }) });
    expect((await stored()).map((row) => row.alias)).toEqual(['Aruzhan T.']);
    const [, last] = await auditOf(id, 'case.update');
    expect(last).toMatchObject({ before: { aliases: ['Aruzhan T.', 'Aruzhan Testova', 'Аружан Тестова'] }, after: { aliases: ['Aruzhan T.'] } });
  });
});

describe('the status of a case', () => {
  it('changes only when a status-changing update is published', async () => {
    const id = await createTestCase('status-timeline');
    const draft = await postUpdate(id, 'draft', { title: 'Condamnée', occurredOn: '2022-03-01', status: 'SENTENCED' });
    expect((await caseRow(id)).status).toBe('DETAINED');

    const published = await actions.saveUpdate({ id: draft.id, version: draft.version, intent: 'publish', ...noSchedule, ...content({ title: 'Condamnée', occurredOn: '2022-03-01', status: 'SENTENCED' }) });
    expect(published.data).toEqual({ saved: { id: draft.id, version: 2 } });
    expect(await caseRow(id)).toMatchObject({ status: 'SENTENCED', statusSince: new Date('2022-03-01T00:00:00Z') });
    expect((await auditOf(draft.id, 'update.publish'))[0]).toMatchObject({ actorId: organizer.id, before: { state: 'DRAFT' }, after: { state: 'PUBLISHED' } });
    expect((await auditOf(id, 'case.status'))[0]).toMatchObject({ before: { status: 'DETAINED' }, after: { status: 'SENTENCED', statusSince: '2022-03-01T00:00:00.000Z' } });
  });

  it('follows the latest event, not the latest publication', async () => {
    const id = await createTestCase('late-news', 'SENTENCED');
    await postUpdate(id, 'publish', { title: 'Détenue', occurredOn: '2021-12-20', status: 'DETAINED' });
    expect((await caseRow(id)).status).toBe('SENTENCED');
    await postUpdate(id, 'publish', { title: 'Libérée', occurredOn: '2023-05-01', status: 'RELEASED', releaseKind: 'AMNESTY' });
    expect(await caseRow(id)).toMatchObject({ status: 'RELEASED', releaseKind: 'AMNESTY' });
  });
});

describe('correcting and retracting a published update', () => {
  it('keeps the original as CORRECTED, publishes the correction with its note, and the status follows it', async () => {
    const id = await createTestCase('correction-case');
    const original = await postUpdate(id, 'publish', { title: 'Condamnée', occurredOn: '2022-03-01', status: 'SENTENCED' });
    const result = await actions.correctUpdate({
      id: original.id,
      version: original.version,
      correctionNote: 'Elle a fait appel, elle n’est pas encore condamnée définitivement.',
      ...content({ title: 'Fait appel', occurredOn: '2022-03-01', status: 'APPEALING' }),
    });
    expect(result.data && 'saved' in result.data).toBe(true);
    const correctionId = (result.data as { saved: { id: string } }).saved.id;

    expect(await database.db.update.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({ state: 'CORRECTED', title: 'Condamnée' });
    expect(await database.db.update.findUniqueOrThrow({ where: { id: correctionId } })).toMatchObject({
      state: 'PUBLISHED',
      correctsId: original.id,
      correctionNote: 'Elle a fait appel, elle n’est pas encore condamnée définitivement.',
      title: 'Fait appel',
    });
    expect((await caseRow(id)).status).toBe('APPEALING');
    expect((await auditOf(original.id, 'update.correct'))[0]).toMatchObject({ before: { state: 'PUBLISHED', title: 'Condamnée' }, after: { id: correctionId, state: 'PUBLISHED' } });
    expect(await auditOf(correctionId)).toMatchObject([{ action: 'update.publish', actorId: organizer.id, before: null, after: { id: correctionId, correctsId: original.id, title: 'Fait appel' } }]);

    // A second correction from a form opened before the first one writes nothing.
    const stale = await actions.correctUpdate({ id: original.id, version: original.version, correctionNote: 'Encore', ...content({ status: 'RELEASED' }) });
    expect(stale.data && 'conflict' in stale.data && stale.data.conflict.state).toBe('CORRECTED');
    expect(await database.db.update.count({ where: { caseId: id } })).toBe(3);
    expect((await caseRow(id)).status).toBe('APPEALING');
  });

  it('retracts with the reason kept as its correction note, and the status goes back to the update before it', async () => {
    const id = await createTestCase('retraction-case');
    const wrong = await postUpdate(id, 'publish', { title: 'Libérée', occurredOn: '2022-04-01', status: 'RELEASED', releaseKind: 'PARDON' });
    expect((await caseRow(id)).status).toBe('RELEASED');
    const result = await actions.retractUpdate({ id: wrong.id, version: wrong.version, reason: 'Information non confirmée.' });
    expect(result.data).toEqual({ saved: { id: wrong.id, version: 2 } });
    expect(await database.db.update.findUniqueOrThrow({ where: { id: wrong.id } })).toMatchObject({ state: 'RETRACTED', correctionNote: 'Information non confirmée.' });
    expect(await caseRow(id)).toMatchObject({ status: 'DETAINED', releaseKind: null, statusSince: new Date('2022-01-10T00:00:00Z') });
    expect((await auditOf(wrong.id, 'update.retract'))[0]).toMatchObject({ before: { state: 'PUBLISHED' }, after: { state: 'RETRACTED', correctionNote: 'Information non confirmée.' } });
  });

  it('withdraws a retracted correction from the case page with the earlier version it replaced', async () => {
    const id = await createTestCase('retracted-correction');
    const original = await postUpdate(id, 'publish', { title: 'Transférée', body: 'Transférée à la colonie n° 3.', occurredOn: '2022-03-01' });
    const corrected = await actions.correctUpdate({ id: original.id, version: original.version, correctionNote: 'Colonie n° 5.', ...content({ title: 'Transférée', body: 'Transférée à la colonie n° 5.', occurredOn: '2022-03-01' }) });
    const correctionId = (corrected.data as { saved: { id: string } }).saved.id;
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    const entry = async () => (await getCaseBySlug('retracted-correction', 'en'))!.updates.find((update) => update.id === correctionId)!;
    expect((await entry()).corrects?.body).toBe('Transférée à la colonie n° 3.');

    expect((await actions.retractUpdate({ id: correctionId, version: 1, reason: 'Transfert non confirmé.' })).ok).toBe(true);
    expect(await entry()).toMatchObject({ state: 'RETRACTED', correctionNote: 'Transfert non confirmé.', corrects: null });
  });

  it('refuses to retract the only update that gives the case its status, and audits nothing', async () => {
    const id = await createTestCase('only-status');
    const [first] = await database.db.update.findMany({ where: { caseId: id } });
    const result = await actions.retractUpdate({ id: first!.id, version: first!.version, reason: 'Erreur' });
    expect(result.message).toBe('editing.errors.statusWouldBeLost');
    expect(await database.db.update.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ state: 'PUBLISHED', version: 1 });
    expect(await auditOf(first!.id, 'update.retract')).toEqual([]);
  });
});

describe('sources of an update', () => {
  const documentSlug = 'doc-003-msk-soulevement-2022-01';
  const verbatim = 'déjà le 4 janvier, les travailleurs-travailleuses du pétrole de Tengizchevroil se sont mis en grève';

  it('must occur word for word in the chosen document', async () => {
    const id = await createTestCase('sourced-case');
    const document = await database.db.sourceDocument.findUniqueOrThrow({ where: { slug: documentSlug } });
    const otherQuote = await database.db.quote.findFirstOrThrow({ where: { documentId: { not: document.id } } });
    const source = (changes: object) => ({ documentId: document.id, quoteId: '', text: '', field: 'text', note: '', ...changes });
    const post = (sources: object[]) => actions.createUpdate({ caseId: id, intent: 'draft', ...noSchedule, ...content({ sources }) });
    const updatesBefore = await database.db.update.count();

    const altered = await post([source({ text: verbatim.replace('4 janvier', '5 janvier') })]);
    expect(altered.errors).toEqual({ 'sources.0.text': ['quoteNotInDocument'] });
    const foreign = await post([source({ quoteId: otherQuote.id })]);
    expect(foreign.errors).toEqual({ 'sources.0.quoteId': ['choice'] });
    expect(await database.db.update.count()).toBe(updatesBefore);

    const rewrapped = verbatim.replace('du pétrole', 'du\n   pétrole');
    const accepted = await post([source({ text: rewrapped, field: 'date', note: 'grève du 4 janvier' })]);
    expect(accepted.ok).toBe(true);
    const citations = await database.db.citation.findMany({ where: { updateId: accepted.data!.id }, include: { quote: true } });
    expect(citations).toMatchObject([{ field: 'date', note: 'grève du 4 janvier', quote: { documentId: document.id, text: rewrapped } }]);

    const again = await post([source({ text: verbatim })]);
    const [reused] = await database.db.citation.findMany({ where: { updateId: again.data!.id } });
    expect(reused!.quoteId).toBe(citations[0]!.quoteId);
  });
});

describe('scheduled updates', () => {
  it('are published once each when due, even by several runs at the same moment', async () => {
    const first = await createTestCase('scheduled-one');
    const second = await createTestCase('scheduled-two');
    const due: string[] = [];
    for (const [caseId, status, day] of [
      [first, '', '2022-02-01'],
      [first, 'CHARGED', '2022-02-02'],
      [second, 'ON_TRIAL', '2022-02-03'],
      [second, '', '2022-02-04'],
      [second, '', '2022-02-05'],
    ] as const) {
      const update = await postUpdate(caseId, 'schedule', { ...content({ status, occurredOn: day }), scheduledAt: '2999-01-01T10:00', timeZone: 'UTC' });
      due.push(update.id);
    }
    const later = await postUpdate(second, 'schedule', { ...content({ status: 'RELEASED', occurredOn: '2022-03-01' }), scheduledAt: '2999-01-01T10:00', timeZone: 'UTC' });
    expect(await database.db.update.count({ where: { id: { in: due }, state: 'SCHEDULED' } })).toBe(5);
    expect(await caseRow(first)).toMatchObject({ status: 'DETAINED' });
    // Their time comes (the other one's does not).
    await database.db.update.updateMany({ where: { id: { in: due } }, data: { scheduledFor: new Date(Date.now() - 1000) } });

    const now = new Date();
    const runs = await Promise.all([1, 2, 3, 4].map(() => publishDueUpdates(now)));
    const published = runs.flatMap((run) => run.published.map((update) => update.id));
    expect([...published].sort()).toEqual([...due].sort());
    for (const id of due) expect(await auditOf(id, 'update.publish'), id).toHaveLength(1);
    expect(await database.db.update.count({ where: { id: { in: due }, state: 'PUBLISHED' } })).toBe(5);
    expect(await database.db.update.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ state: 'SCHEDULED' });
    expect(await caseRow(first)).toMatchObject({ status: 'CHARGED' });
    expect(await caseRow(second)).toMatchObject({ status: 'ON_TRIAL' });

    expect((await publishDueUpdates(new Date())).published).toEqual([]);
  });
});

describe('discarding an update that was never public', () => {
  it('deletes a draft or a scheduled update with its citations, keeping what it said in the audit log', async () => {
    const id = await createTestCase('discarded-drafts');
    const draft = await postUpdate(id, 'draft', { title: 'Brouillon erroné' });
    const result = await actions.discardUpdate({ id: draft.id, version: draft.version });
    expect(result).toEqual({ ok: true, data: { caseId: id } });
    expect(await database.db.update.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await auditOf(draft.id, 'update.discard')).toMatchObject([{ actorId: organizer.id, before: { title: 'Brouillon erroné', state: 'DRAFT' }, after: null }]);

    const scheduled = await actions.createUpdate({ caseId: id, intent: 'schedule', scheduledAt: '2031-01-01T10:00', timeZone: 'Asia/Almaty', ...content({ title: 'Programmée' }) });
    expect((await actions.discardUpdate({ id: scheduled.data!.id, version: 1 })).ok).toBe(true);
    expect(await database.db.update.count({ where: { caseId: id } })).toBe(1);
  });

  it('keeps a published update, and one saved since the form was opened, saying why', async () => {
    const id = await createTestCase('kept-updates');
    const published = await postUpdate(id, 'publish', { title: 'Publiée' });
    expect(await actions.discardUpdate({ id: published.id, version: published.version })).toEqual({ message: 'editing.errors.discardChanged' });
    const draft = await postUpdate(id, 'draft', { title: 'Brouillon' });
    expect((await actions.saveUpdate({ id: draft.id, version: 1, intent: 'draft', ...noSchedule, ...content({ title: 'Brouillon repris' }) })).ok).toBe(true);
    expect(await actions.discardUpdate({ id: draft.id, version: 1 })).toEqual({ message: 'editing.errors.discardChanged' });
    expect(await actions.discardUpdate({ id: 'no-such-update', version: 1 })).toEqual({ message: 'editing.errors.updateMissing' });
    expect(await database.db.update.count({ where: { caseId: id } })).toBe(3);
    expect(await auditOf(draft.id, 'update.discard')).toEqual([]);
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestCase('discard-reviewer');
    const draft = await postUpdate(id, 'draft');
    signedInAs(reviewer);
    expect(await actions.discardUpdate({ id: draft.id, version: draft.version })).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await database.db.update.findUnique({ where: { id: draft.id } })).not.toBeNull();
  });
});

describe("a group's number over time", () => {
  const documentSlug = 'doc-003-msk-soulevement-2022-01';
  const passage = 'déjà le 4 janvier, les travailleurs-travailleuses du pétrole de Tengizchevroil se sont mis en grève';
  async function createGroup(slug: string) {
    const row = await database.db.case.create({ data: { slug, kind: 'GROUP', name: `Groupe ${slug}`, campaignId: 'january-2022', status: 'DETAINED' }, select: { id: true } });
    return row.id;
  }
  const countInput = async (caseId: string, changes: object = {}) => {
    const document = await database.db.sourceDocument.findUniqueOrThrow({ where: { slug: documentSlug }, select: { id: true } });
    return { caseId, count: 52, qualifier: 'EXACT', asOf: '2022-01-10', asOfPrecision: 'DAY', sources: [{ documentId: document.id, quoteId: '', text: passage, field: 'count', note: '' }], ...changes };
  };

  it('adds each new number after the earlier ones, with its quote, audited, and the public page shows them in order', async () => {
    const groupId = await createGroup('grevistes-comptes');
    signedInAs(organizer);
    expect((await actions.addCaseCount(await countInput(groupId, { count: 43, qualifier: 'MORE_THAN', asOf: '' }))).ok).toBe(true);
    expect((await actions.addCaseCount(await countInput(groupId))).ok).toBe(true);
    const counts = await database.db.caseCount.findMany({ where: { caseId: groupId }, orderBy: { position: 'asc' }, include: { citations: { include: { quote: true } } } });
    expect(counts).toMatchObject([
      { count: 43, qualifier: 'MORE_THAN', asOf: null, asOfPrecision: null, position: 0 },
      { count: 52, qualifier: 'EXACT', asOf: new Date('2022-01-10T00:00:00Z'), asOfPrecision: 'DAY', position: 1 },
    ]);
    expect(counts[1]!.citations.map(({ field, quote }) => ({ field, text: quote.text.replace(/\s+/g, ' ') }))).toEqual([{ field: 'count', text: passage }]);
    expect(await auditOf(groupId, 'case.count')).toMatchObject([{ actorId: organizer.id, after: { count: 43 } }, { after: { count: 52, qualifier: 'EXACT', asOf: '2022-01-10T00:00:00.000Z', citations: [{ quoteId: counts[1]!.citations[0]!.quoteId, field: 'count', note: null }] } }]);
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    expect((await getCaseBySlug('grevistes-comptes', 'en'))!.counts.map((count) => count.count)).toEqual([43, 52]);
  });

  it('gives two numbers added at the same moment positions one after the other', async () => {
    const groupId = await createGroup('comptes-simultanes');
    signedInAs(organizer);
    const results = await Promise.all([actions.addCaseCount(await countInput(groupId, { count: 1 })), actions.addCaseCount(await countInput(groupId, { count: 2 }))]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect((await database.db.caseCount.findMany({ where: { caseId: groupId }, select: { position: true } })).map((row) => row.position).sort()).toEqual([0, 1]);
  });

  it('refuses a number without a quote from its document, for a person, or from a reviewer, writing nothing', async () => {
    const groupId = await createGroup('comptes-refuses');
    signedInAs(organizer);
    expect((await actions.addCaseCount(await countInput(groupId, { sources: [] }))).errors).toEqual({ sources: ['countNeedsSource'] });
    const altered = await countInput(groupId);
    altered.sources[0]!.text = passage.replace('4 janvier', '5 janvier');
    expect((await actions.addCaseCount(altered)).errors).toEqual({ 'sources.0.text': ['quoteNotInDocument'] });
    const personId = await createTestCase('une-personne-comptee');
    expect(await actions.addCaseCount(await countInput(personId))).toEqual({ message: 'editing.errors.countOfPerson' });
    signedInAs(reviewer);
    expect(await actions.addCaseCount(await countInput(groupId))).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await database.db.caseCount.count({ where: { caseId: { in: [groupId, personId] } } })).toBe(0);
  });
});
