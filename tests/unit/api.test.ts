import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { conditionalResponse, requestOrigin } from '../../lib/api/http';
import { matchesEntityTag, notModifiedSince } from '../../lib/api/open-data-http.mjs';
import { openApiDocument } from '../../lib/api/openapi';
import { decodeCursor, encodeCursor, splitPage } from '../../lib/api/pagination';
import { caseListQuery, noQuery, ParameterError, parseQuery, updateListQuery } from '../../lib/api/parameters';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ParameterError) return { parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error('the query was accepted');
};

describe('query parameters', () => {
  const parse = (query: string) => parseQuery(caseListQuery, new URLSearchParams(query));

  it('default to the first page of 25', () => {
    expect(parse('')).toEqual({ limit: 25 });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1000', 'limit'],
    ['limit=99999999999999999999999', 'limit'],
    ['limit=2.5', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    [`cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`, 'cursor'],
    ['updatedSince=yesterday', 'updatedSince'],
    ['updatedSince=2024-02-30T00:00:00Z', 'updatedSince'],
    ['status=FREE', 'status'],
    ['campaign=%00', 'campaign'],
    ['sort=name', 'sort'],
    ['limit=5&limit=6', 'limit'],
  ])('refuse %s, naming %s', (query, parameter) => {
    const error = refusal(() => parse(query));
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(new RegExp(`^${parameter}\\b`));
  });

  it('read a date-time with an offset as the instant it means', () => {
    expect(parse('updatedSince=2024-05-01T05:00:00%2B05:00').updatedSince).toEqual(new Date('2024-05-01T00:00:00Z'));
  });

  it('are refused on addresses that take none', () => {
    expect(refusal(() => parseQuery(noQuery, new URLSearchParams('limit=3'))).parameter).toBe('limit');
  });

  it('filter updates by case slug', () => {
    expect(parseQuery(updateListQuery, new URLSearchParams('case=vadim-kuramshin&limit=3'))).toEqual({ case: 'vadim-kuramshin', limit: 3 });
  });
});

describe('cursors', () => {
  it('survive the round trip and are opaque base64url', () => {
    const cursor = { updatedAt: new Date('2024-05-01T10:11:12.345Z'), id: 'vadim-kuramshin' };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it.each(['', '%%%', Buffer.from('{}').toString('base64url'), Buffer.from('["2024-05-01T10:11:12.345Z"]').toString('base64url'), Buffer.from('["2024-05-01","x"]').toString('base64url')])(
    'refuse %j',
    (text) => {
      expect(decodeCursor(text)).toBeNull();
    },
  );

  it('point after the last row of a full page, and nowhere after the last page', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `c${n}`, updatedAt: new Date(n * 1000) }));
    const full = splitPage(rows, 2);
    expect(full.rows.map((row) => row.id)).toEqual(['c1', 'c2']);
    expect(decodeCursor(full.nextCursor!)).toEqual(rows[1]);
    expect(splitPage(rows, 3).nextCursor).toBeNull();
  });
});

describe('conditional requests', () => {
  const representation = { body: '{"data":[]}', contentType: 'application/json', lastModified: new Date('2024-05-01T10:11:12.345Z') };
  const get = (headers: Record<string, string>) => conditionalResponse(new Request('http://x/api', { headers }), representation);

  it('answer 304 to the ETag given, weak or strong, and 200 to another', async () => {
    const first = get({});
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(await first.text()).toBe(representation.body);
    expect(get({ 'If-None-Match': etag }).status).toBe(304);
    expect(get({ 'If-None-Match': `"other", W/${etag}` }).status).toBe(304);
    expect(get({ 'If-None-Match': '"other"' }).status).toBe(200);
  });

  it('answer 304 when unmodified since the date given, ignoring it when an ETag is given', () => {
    expect(get({ 'If-Modified-Since': 'Wed, 01 May 2024 10:11:12 GMT' }).status).toBe(304);
    expect(get({ 'If-Modified-Since': 'Wed, 01 May 2024 10:11:11 GMT' }).status).toBe(200);
    expect(get({ 'If-Modified-Since': 'Wed, 01 May 2024 10:11:12 GMT', 'If-None-Match': '"other"' }).status).toBe(200);
    expect(get({ 'If-Modified-Since': 'not a date' }).status).toBe(200);
  });

  it('keep the validators and CORS on a 304', () => {
    const response = get({ 'If-None-Match': '*' });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBeTruthy();
    expect(response.headers.get('last-modified')).toBe('Wed, 01 May 2024 10:11:12 GMT');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('compare as RFC 9110 says', () => {
    expect(matchesEntityTag('W/"a"', '"a"')).toBe(true);
    expect(matchesEntityTag('"b"', '"a"')).toBe(false);
    expect(notModifiedSince('garbage', new Date())).toBe(false);
  });
});

describe('absolute links', () => {
  const origin = (headers: Record<string, string>) => requestOrigin(new Request('http://localhost:3000/api/v1/cases', { headers }));

  it('use the host the client asked for, and the scheme the proxy says', () => {
    expect(origin({ Host: 'tracker.example.org' })).toBe('http://tracker.example.org');
    expect(origin({ Host: 'tracker.example.org', 'X-Forwarded-Proto': 'https' })).toBe('https://tracker.example.org');
    expect(origin({ Host: '127.0.0.1:3210' })).toBe('http://127.0.0.1:3210');
  });

  it('ignore a forwarded host, an odd scheme and a malformed host', () => {
    expect(origin({ Host: 'tracker.example.org', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'javascript' })).toBe('http://tracker.example.org');
    expect(origin({ Host: 'evil.example/"><script>' })).toBe('http://localhost:3000');
  });
});


describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and names every endpoint and its parameters', async () => {
    const document = openApiDocument('https://tracker.example.org');
    await SwaggerParser.validate(structuredClone(document) as never);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{slug}', '/api/v1/cases.csv', '/api/v1/updates', '/api/v1/demands', '/api/v1/events']),
    );
    const cases = (document.paths as Record<string, unknown>)['/api/v1/cases'] as { get: { parameters: { name: string }[] } };
    const names = cases.get.parameters.map((parameter) => parameter.name);
    expect(names).toEqual(['limit', 'cursor', 'updatedSince', 'campaign', 'status']);
  });
});
