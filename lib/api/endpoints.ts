import type { z } from 'zod';
import { caseListQuery, demandListQuery, eventListQuery, noQuery, updateListQuery } from './parameters';
import { caseDetailSchema, casePageSchema, demandPageSchema, eventPageSchema, updatePageSchema } from './schemas';

/** What each address of the API takes and answers; the routes serve it and the OpenAPI document describes it. */
export type Endpoint = {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  query: z.ZodObject;
  pathParameters?: Record<string, string>;
  response: { mediaType: 'application/json'; schema: z.ZodType } | { mediaType: 'text/csv'; columns: readonly string[] };
  notFound?: string;
};

const incremental =
  'Ordered by last change, then id. To keep a copy up to date, remember when you last synchronised and ask with ' +
  '`updatedSince`; an item changed while you page through moves to the end, so it is not missed.';

export const casesEndpoint = {
  path: '/api/v1/cases',
  operationId: 'listCases',
  summary: 'Cases: people and groups followed by the campaign',
  description: incremental,
  query: caseListQuery,
  response: { mediaType: 'application/json', schema: casePageSchema },
} as const satisfies Endpoint;

export const caseEndpoint = {
  path: '/api/v1/cases/{slug}',
  operationId: 'getCase',
  summary: 'One case, with its count history and members',
  description: 'Its published updates are at /api/v1/updates?case={slug}.',
  query: noQuery,
  pathParameters: { slug: 'The slug of the case, as in its page address /cases/{slug}.' },
  response: { mediaType: 'application/json', schema: caseDetailSchema },
  notFound: 'No case has this slug.',
} as const satisfies Endpoint;

export const caseCsvColumns = [
  'id',
  'slug',
  'url',
  'kind',
  'name',
  'identity_protected',
  'aliases',
  'status',
  'release_kind',
  'status_since',
  'status_since_precision',
  'flags',
  'campaign',
  'campaign_title',
  'organisation',
  'group',
  'role',
  'charges',
  'sentence',
  'place_of_detention',
  'letter_address',
  'summary',
  'text_language',
  'latest_count',
  'latest_count_qualifier',
  'updated_at',
] as const;

export const casesCsvEndpoint = {
  path: '/api/v1/cases.csv',
  operationId: 'exportCases',
  summary: 'Every case as CSV (UTF-8 with a byte order mark, comma-separated, header row)',
  description:
    'The fields of /api/v1/cases, one row per case ordered by slug. Lists (aliases, flags) are separated by " | "; ' +
    '`text_language` is the ISO 639-1 language of the text columns. Protected identities show initials and no aliases.',
  query: noQuery,
  response: { mediaType: 'text/csv', columns: caseCsvColumns },
} as const satisfies Endpoint;

export const updatesEndpoint = {
  path: '/api/v1/updates',
  operationId: 'listUpdates',
  summary: 'Published timeline updates of all cases',
  description: `Drafts and scheduled updates are never listed. ${incremental}`,
  query: updateListQuery,
  response: { mediaType: 'application/json', schema: updatePageSchema },
} as const satisfies Endpoint;

export const demandsEndpoint = {
  path: '/api/v1/demands',
  operationId: 'listDemands',
  summary: 'Demands and calls to action, with their status',
  description: incremental,
  query: demandListQuery,
  response: { mediaType: 'application/json', schema: demandPageSchema },
} as const satisfies Endpoint;

export const eventsEndpoint = {
  path: '/api/v1/events',
  operationId: 'listEvents',
  summary: 'Action events: pickets, rallies, solidarity weeks…',
  description: incremental,
  query: eventListQuery,
  response: { mediaType: 'application/json', schema: eventPageSchema },
} as const satisfies Endpoint;

export const endpoints: readonly Endpoint[] = [casesEndpoint, caseEndpoint, casesCsvEndpoint, updatesEndpoint, demandsEndpoint, eventsEndpoint];
