import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { suppressedAddress } from '../suppressions/suppressions';
import type { PublicationChange } from '../updates/publish';
import { jobMaxAttempts } from './jobs';

type Tx = Prisma.TransactionClient;

/** The provider takes at most 100 emails per batch call. */
export const batchSize = 100;

/**
 * How long a publication's transaction may run (lib/updates/publish.ts): it creates one delivery per follower, and
 * 100,000 of them take seconds (longer on a busy server), more than Prisma's default of 5 s. A publication that
 * timed out would be lost whole, its alerts with it.
 */
export const publicationTimeoutMs = 60_000;
/** How far apart the clocks of the web and worker machines may be. */
export const clockDriftMs = 60_000;

/**
 * Whether subscriber s follows case c: they follow everything, the case, its group, or its campaign. A SQL
 * predicate over "Subscriber" s and the case row c, for asking it of given subscribers (the digest); an alert
 * finds all of a case's followers at once with followersOfUpdateCase, the same rule as a set.
 */
export const followsCase = `(s."followsEverything"
  OR EXISTS (SELECT 1 FROM "SubscriberCase" f WHERE f."subscriberId" = s.id AND f."caseId" IN (c.id, c."groupId"))
  OR EXISTS (SELECT 1 FROM "SubscriberCampaign" f WHERE f."subscriberId" = s.id AND f."campaignId" = c."campaignId"))`;

/**
 * Whether subscriber s follows action event e: everything, events, its campaign, or a case it concerns (as a set:
 * followersOfEvent).
 */
export const followsEvent = `(s."followsEverything" OR s."followsEvents"
  OR EXISTS (SELECT 1 FROM "SubscriberCampaign" f WHERE f."subscriberId" = s.id AND f."campaignId" = e."campaignId")
  OR EXISTS (SELECT 1 FROM "SubscriberCase" f JOIN "EventCase" ec ON ec."caseId" = f."caseId"
             WHERE f."subscriberId" = s.id AND ec."eventId" = e.id))`;

/**
 * The part of a digest period (from start to end, SQL expressions) that concerns subscriber s: from its start, or
 * from when they subscribed if later (as an instant follower, they hear of nothing published before), to its end,
 * or for a subscriber who has turned instant, to when instant alerts took over (digestCoveredUntil; nothing for one
 * who never was weekly).
 */
const inDigestPeriod = (instant: string, start: string, end: string) =>
  `${instant} > GREATEST(${start}, s."confirmedAt")
   AND ${instant} <= LEAST(${end}, CASE WHEN s.frequency = 'INSTANT' THEN COALESCE(s."digestCoveredUntil", '-infinity') END)`;

/** Whether s was sent (or will be sent) an alert of the given kinds about it on its own: a digest never repeats it. */
const alertedAlone = (kinds: string, column: 'updateId' | 'eventId', id: string) => `EXISTS (
  SELECT 1 FROM "Alert" alone JOIN "Delivery" d ON d."alertId" = alone.id AND d."subscriberId" = s.id AND d.state IN ('QUEUED', 'SENT')
  WHERE alone.kind IN (${kinds}) AND alone."${column}" = ${id})`;

/**
 * What a weekly digest lists for subscriber s, over the period from start to end (SQL expressions): updates u of
 * cases c they follow published in it (the current version: a corrected one is listed through its correction), and
 * events e they follow announced in it (when their EVENT alert was created) and still upcoming at its end, less what
 * was alerted to them on its own (as an instant follower before switching to weekly; a correction of what they were
 * alerted of is alerted to them too).
 */
export const inDigest = {
  update: (start: string, end: string) => `u.state = 'PUBLISHED' AND ${inDigestPeriod('u."publishedAt"', start, end)} AND ${followsCase}
    AND NOT ${alertedAlone(`'UPDATE', 'CORRECTION'`, 'updateId', 'u.id')}`,
  event: (start: string, end: string) => `e."startsAt" > ${end} AND NOT e.cancelled AND ${followsEvent}
    AND EXISTS (SELECT 1 FROM "Alert" announced WHERE announced.kind = 'EVENT' AND announced."eventId" = e.id AND ${inDigestPeriod('announced."createdAt"', start, end)})
    AND NOT ${alertedAlone(`'EVENT'`, 'eventId', 'e.id')}`,
};

/** Confirmed, and the address never bounced for good nor complained. */
export const reachable = `s.state = 'CONFIRMED' AND NOT ${suppressedAddress(Prisma.raw('s.email')).sql}`;

/**
 * The followers of the case of update $2, as a set (the rule of followsCase). The predicate would probe every
 * subscriber in turn; this reads the case's follows through their indexes, and PostgreSQL matches the set to
 * subscribers with one hash join (three times faster at 100,000 followers).
 */
const followersOfUpdateCase = `SELECT id FROM "Subscriber" WHERE "followsEverything"
  UNION SELECT f."subscriberId" FROM "Update" u JOIN "Case" c ON c.id = u."caseId"
    JOIN "SubscriberCase" f ON f."caseId" IN (c.id, c."groupId") WHERE u.id = $2
  UNION SELECT f."subscriberId" FROM "Update" u JOIN "Case" c ON c.id = u."caseId"
    JOIN "SubscriberCampaign" f ON f."campaignId" = c."campaignId" WHERE u.id = $2`;

/** The followers of one action event ($2), as a set (the rule of followsEvent). */
const followersOfEvent = `SELECT id FROM "Subscriber" WHERE "followsEverything" OR "followsEvents"
  UNION SELECT f."subscriberId" FROM "ActionEvent" e JOIN "SubscriberCampaign" f ON f."campaignId" = e."campaignId" WHERE e.id = $2
  UNION SELECT f."subscriberId" FROM "EventCase" ec JOIN "SubscriberCase" f ON f."caseId" = ec."caseId" WHERE ec."eventId" = $2`;

/** Reachable instant subscribers among a set of followers. */
const instantRecipients = (followers: string) => `SELECT s.id FROM "Subscriber" s
  WHERE s.frequency = 'INSTANT' AND ${reachable} AND s.id IN (${followers})`;

/**
 * Inserts the deliveries an alert goes to (one statement, numbered into batches of 100) and queues one send job
 * per batch (one statement too), all in the caller's transaction.
 */
async function fanOut(tx: Tx, alertId: string, recipientsSql: string, params: unknown[]): Promise<number> {
  const recipients = await tx.$executeRawUnsafe(
    `INSERT INTO "Delivery" ("alertId", "subscriberId", batch)
     SELECT $1, r.id, (row_number() OVER () - 1) / ${batchSize} FROM (${recipientsSql}) AS r`,
    alertId,
    ...params,
  );
  const batches = Math.ceil(recipients / batchSize);
  if (batches > 0) {
    await tx.$executeRaw`
      SELECT FROM graphile_worker.add_jobs(ARRAY(
        SELECT ('send_alert_batch', json_build_object('alertId', ${alertId}::text, 'batch', b), NULL, NULL, ${jobMaxAttempts}::int, ${alertId}::text || ':' || b, NULL, NULL)::graphile_worker.job_spec
        FROM generate_series(0, ${batches}::int - 1) AS b))`;
  }
  return recipients;
}

async function newAlert(tx: Tx, data: Prisma.AlertUncheckedCreateInput): Promise<string> {
  return (await tx.alert.create({ data, select: { id: true } })).id;
}

/** Instant followers of the update's case. */
async function alertUpdate(tx: Tx, updateId: string) {
  const alertId = await newAlert(tx, { kind: 'UPDATE', updateId });
  await fanOut(
    tx,
    alertId,
    instantRecipients(followersOfUpdateCase),
    [updateId],
  );
}

/** The update of the given query parameter and every earlier version of it (the chain it corrects), as "versions". */
const versionsOf = (parameter: string) => `WITH RECURSIVE versions(id) AS (
  SELECT ${parameter}::text
  UNION SELECT u."correctsId" FROM "Update" u JOIN versions v ON u.id = v.id WHERE u."correctsId" IS NOT NULL
)`;

/** Alerts that carry the content of an update, and so must not go out once that version is withdrawn. */
export const carriesUpdateContent = `a.kind IN ('UPDATE', 'CORRECTION')`;

/**
 * Everyone who was sent an alert about the update or any earlier version of it, or whose copy is already on its
 * way (prepared for sending), and every weekly follower sent a digest that listed one, gets a short correction or
 * retraction notice; nobody else hears of it.
 */
async function alertThoseAlerted(tx: Tx, kind: 'CORRECTION' | 'RETRACTION', alertUpdateId: string, previousVersionId: string) {
  const alertId = await newAlert(tx, { kind, updateId: alertUpdateId });
  await fanOut(
    tx,
    alertId,
    `${versionsOf('$2')}
     SELECT s.id FROM "Subscriber" s
     JOIN "Delivery" d ON d."subscriberId" = s.id AND (d.state = 'SENT' OR (d.state = 'QUEUED' AND d."tokenId" IS NOT NULL))
     JOIN "Alert" a ON a.id = d."alertId" AND a."updateId" IN (SELECT id FROM versions)
     WHERE ${reachable}
     UNION
     SELECT s.id FROM "Subscriber" s
     JOIN "Delivery" d ON d."subscriberId" = s.id AND d.state = 'SENT'
     JOIN "Alert" a ON a.id = d."alertId" AND a.kind = 'DIGEST'
     JOIN "Update" u ON u.id IN (SELECT id FROM versions) AND u."publishedAt" > GREATEST(a."periodStart", s."confirmedAt") AND u."publishedAt" <= a."periodEnd"
     JOIN "Case" c ON c.id = u."caseId"
     WHERE ${reachable} AND ${followsCase}`,
    [previousVersionId],
  );
}

/**
 * Withdraws the alerts about the earlier versions of an update that have not been prepared for sending yet (a
 * batch prepared is sent as it is, so that a retry never sends twice): those followers would otherwise get the
 * withdrawn text later and no notice. Returns who they were for.
 */
async function withdrawUnsentAlerts(tx: Tx, previousVersionId: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ subscriberId: string }[]>(
    `${versionsOf('$1')}
     UPDATE "Delivery" d SET state = 'SKIPPED'
     FROM "Alert" a
     WHERE a.id = d."alertId" AND ${carriesUpdateContent} AND a."updateId" IN (SELECT id FROM versions)
       AND d.state = 'QUEUED' AND d."tokenId" IS NULL
     RETURNING d."subscriberId"`,
    previousVersionId,
  );
  return [...new Set(rows.map((row) => row.subscriberId))];
}

/** The corrected version, in full, to followers whose alert about an earlier version was withdrawn unsent. */
async function alertInsteadOfWithdrawn(tx: Tx, updateId: string, subscriberIds: string[]) {
  if (subscriberIds.length === 0) return;
  const alertId = await newAlert(tx, { kind: 'UPDATE', updateId });
  await fanOut(tx, alertId, `SELECT s.id FROM "Subscriber" s WHERE ${reachable} AND s.id = ANY($2::text[])`, [subscriberIds]);
}

/**
 * Creates the alerts of a publication inside its transaction (the outbox): a new update alerts its followers,
 * a correction or retraction reaches those alerted of the earlier version. Weekly-digest subscribers are not
 * alerted here: the digest collects what was published.
 */
export async function queuePublicationAlerts(tx: Tx, change: PublicationChange) {
  const published = await tx.update.findMany({
    where: { id: { in: change.published.map((update) => update.id) } },
    select: { id: true, correctsId: true },
  });
  for (const update of published) {
    if (update.correctsId) {
      await alertInsteadOfWithdrawn(tx, update.id, await withdrawUnsentAlerts(tx, update.correctsId));
      await alertThoseAlerted(tx, 'CORRECTION', update.id, update.correctsId);
    } else await alertUpdate(tx, update.id);
  }
  const retracted = await tx.update.findMany({
    where: { id: { in: change.withdrawn.map((update) => update.id) }, state: 'RETRACTED' },
    select: { id: true },
  });
  for (const update of retracted) {
    await withdrawUnsentAlerts(tx, update.id);
    await alertThoseAlerted(tx, 'RETRACTION', update.id, update.id);
  }
}

/**
 * Announces an action event to its instant followers when it is upcoming and was never announced: when it is created,
 * or when an edit makes it upcoming (a past one moved to a coming date, a cancelled one held after all). An event
 * recorded after it happened alerts no one, and none is announced twice (its EVENT alert is the announcement, which
 * the digest lists too). Called after the event's row was written in the transaction, whose lock keeps two edits
 * from both announcing it.
 */
export async function queueEventAlert(tx: Tx, eventId: string, now = new Date()) {
  const announceable = await tx.actionEvent.count({
    where: { id: eventId, startsAt: { gt: now }, cancelled: false, alerts: { none: { kind: 'EVENT' } } },
  });
  if (!announceable) return;
  const alertId = await newAlert(tx, { kind: 'EVENT', eventId });
  await fanOut(
    tx,
    alertId,
    instantRecipients(followersOfEvent),
    [eventId],
  );
}

/**
 * The weekly digest for the period since the last one (or the last 7 days): weekly subscribers, and those who turned
 * instant since the period began, who follow at least one update published or upcoming event announced in their
 * part of it that was not alerted to them on its own.
 */
export async function queueWeeklyDigest(tx: Tx, now = new Date()): Promise<number> {
  // A publication is dated when it begins and seen when it commits: the period ends early enough that everything
  // dated in it is already committed, and what is dated later falls in the next one.
  const periodEnd = new Date(now.getTime() - publicationTimeoutMs - clockDriftMs);
  const previous = await tx.alert.findFirst({ where: { kind: 'DIGEST' }, orderBy: { periodEnd: 'desc' }, select: { periodEnd: true } });
  const periodStart = previous?.periodEnd ?? new Date(periodEnd.getTime() - 7 * 24 * 60 * 60 * 1000);
  const alertId = await newAlert(tx, { kind: 'DIGEST', periodStart, periodEnd });
  return fanOut(
    tx,
    alertId,
    `SELECT s.id FROM "Subscriber" s
     WHERE (s.frequency = 'WEEKLY' OR s."digestCoveredUntil" > $2) AND ${reachable}
       AND (EXISTS (SELECT 1 FROM "Update" u JOIN "Case" c ON c.id = u."caseId" WHERE ${inDigest.update('$2', '$3')})
         OR EXISTS (SELECT 1 FROM "ActionEvent" e WHERE ${inDigest.event('$2', '$3')}))`,
    [periodStart, periodEnd],
  );
}
