import { describe, expect, it } from 'vitest';
import { redactorFor } from '@/lib/cases/identity';

describe('redacting protected names from public texts', () => {
  const redact = redactorFor([{ name: 'Roza Tuletaeva', aliases: ['Роза Тулетаева'] }]);

  it('replaces every word of the name and aliases by its initial, inflected forms and other scripts included', () => {
    expect(redact('Roza Tuletaeva est libre. La sœur de Tuletaevoy, Роза Тулетаевой, témoigne.')).toBe(
      'R. T. est libre. La sœur de T., Р. Т., témoigne.',
    );
  });

  it('matches whatever the case or line breaks, as whole words only', () => {
    expect(redact('TULETAEVA; Rozanov; Rozalie')).toBe('T.; Rozanov; Rozalie');
    expect(redact('selon lesquelles Roza\nTuletaeva, toujours')).toBe('selon lesquelles R.\nT., toujours');
  });

  it('leaves lower-case particles alone, and everything when no identity is protected', () => {
    expect(redactorFor([{ name: 'Jean de Lattre', aliases: [] }])('le comité de soutien')).toBe('le comité de soutien');
    expect(redactorFor([])('Roza Tuletaeva')).toBe('Roza Tuletaeva');
  });
});
