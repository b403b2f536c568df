import { describe, expect, it } from 'vitest';
import { caseEditSchema, namesInSlug } from '@/lib/cases/case.schema';
import { instantAt, wallClockIn } from '@/lib/updates/schedule-time';
import { updateEditSchema } from '@/lib/updates/update.schema';
import { caseInput } from '../support/case-input';

const caseValues = {
  id: 'case-1',
  version: 1,
  ...caseInput({ name: 'Natalia Sokolova', slug: 'natalia-sokolova', aliases: 'Наталья Соколова\nNatalia Sokolova', campaignId: 'zhanaozen-2011' }),
};

const slugErrors = (values: object) => {
  const result = caseEditSchema.safeParse({ ...caseValues, ...values });
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === 'slug').map((issue) => issue.message);
};

describe('the slug of a protected person', () => {
  it('may name a person whose identity is not protected', () => {
    expect(slugErrors({})).toEqual([]);
  });

  it('must not contain a word of the name, an alias in any script, or an inflected form', () => {
    for (const slug of ['natalia-sokolova', 'sokolova-2012', 'lawyer-natalia', 'sokolovoy', 'nsokolova', 'sokolovoj-case']) {
      expect(slugErrors({ slug, identityProtected: true }), slug).toEqual(['slugNamesProtectedPerson']);
    }
    expect(namesInSlug('natalya-s', ['Наталья Соколова'])).toEqual(['natalya']);
  });

  it('may be any other address', () => {
    expect(slugErrors({ slug: 'oil-workers-lawyer', identityProtected: true })).toEqual([]);
    expect(slugErrors({ slug: 'ns-2012', identityProtected: true })).toEqual([]);
  });

  it('is lower-case words joined by "-"', () => {
    for (const slug of ['Natalia', 'natalia_sokolova', 'natalia--sokolova', '-natalia', 'natalia sokolova']) {
      expect(slugErrors({ slug }), slug).toEqual(['slugFormat']);
    }
  });
});

describe('a photo address', () => {
  it('must use https', () => {
    const photoErrors = (photoUrl: string) => (caseEditSchema.safeParse({ ...caseValues, photoUrl }).error?.issues ?? []).map((issue) => issue.message);
    expect(photoErrors('https://example.org/photo.jpg')).toEqual([]);
    expect(photoErrors('')).toEqual([]);
    expect(photoErrors('http://example.org/photo.jpg')).toEqual(['url']);
    expect(photoErrors('javascript:alert(1)')).toEqual(['url']);
  });
});

describe('scheduling in a time zone', () => {
  it('turns the wall-clock time of the chosen zone into an instant', () => {
    expect(instantAt('2030-03-01T10:30', 'Asia/Almaty')?.toISOString()).toBe('2030-03-01T05:30:00.000Z');
    expect(instantAt('2030-07-01T10:30', 'Europe/Paris')?.toISOString()).toBe('2030-07-01T08:30:00.000Z');
    expect(wallClockIn(new Date('2030-07-01T08:30:00Z'), 'Europe/Paris')).toBe('2030-07-01T10:30');
  });

  it('refuses times that do not exist there and unknown zones', () => {
    expect(instantAt('2030-03-31T02:30', 'Europe/Paris')).toBeNull();
    expect(instantAt('2030-02-30T10:00', 'Europe/Paris')).toBeNull();
    expect(instantAt('2030-03-01T10:30', 'Mars/Olympus')).toBeNull();
  });

  it('refuses a schedule in the past', () => {
    const values = { id: 'u', version: 1, title: 'T', body: '', language: 'fr', occurredOn: '2024-01-01', occurredOnPrecision: 'DAY', status: '', releaseKind: '', sources: [] };
    const messages = (scheduledAt: string) =>
      (updateEditSchema.safeParse({ ...values, intent: 'schedule', scheduledAt, timeZone: 'UTC' }).error?.issues ?? []).map((issue) => issue.message);
    expect(messages('2020-01-01T10:00')).toEqual(['scheduleInPast']);
    expect(messages('2999-01-01T10:00')).toEqual([]);
  });
});
