import 'server-only';
import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { db } from '../db';
import { queueWeeklyDigest } from './fanout';
import { sendSubscriptionEmail } from '../subscriptions/emails';
import { sendAlertBatch } from './send-batch';

const alertBatch = z.object({ alertId: z.string().min(1), batch: z.number().int().min(0) });
const subscriberJob = z.object({ subscriberId: z.string().min(1) });

/** What the worker does for each job name of lib/alerts/jobs.ts (payloads are checked: a queue is an input too). */
export const taskList: TaskList = {
  send_alert_batch: async (payload) => sendAlertBatch(alertBatch.parse(payload)),
  send_subscription_email: async (payload) => sendSubscriptionEmail(subscriberJob.parse(payload)),
  queue_weekly_digest: async () => {
    await db.$transaction((tx) => queueWeeklyDigest(tx));
  },
};

/** Every Monday at 08:00 UTC; graphile-worker runs each tick once however many workers there are. */
export const crontab = '0 8 * * 1 queue_weekly_digest ?max=5';
