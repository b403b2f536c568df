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

  it('finds the name in web addresses, percent-encoded or not, and leaves other addresses as they are', () => {
    const cyrillic = encodeURIComponent('Роза Тулетаевой');
    expect(redact(`[Roza](https://example.org/roza-tuletaeva) [ici](https://example.org/Roza%20Tuletaeva) [там](https://example.org/${cyrillic})`)).toBe(
      `[R.](https://example.org/R.-T.) [ici](https://example.org/R.%20T.) [там](https://example.org/${encodeURIComponent('Р. Т.')})`,
    );
    expect(redact('https://example.org/ete-%E9Tuletaeva?q=100%25')).toBe('https://example.org/ete-%EF%BF%BDT.?q=100%25');
    // A byte that is no UTF-8 text beside an encoded name does not hide it.
    expect(redact(`https://example.org/${encodeURIComponent('Роза')}%FF`)).toBe(`https://example.org/${encodeURIComponent('Р.\uFFFD')}`);
    expect(redact('https://example.org/%D0%B4%D0%BE%D0%BC 50% off')).toBe('https://example.org/%D0%B4%D0%BE%D0%BC 50% off');
  });

  it('leaves lower-case particles alone, and everything when no identity is protected', () => {
    expect(redactorFor([{ name: 'Jean de Lattre', aliases: [] }])('le comité de soutien')).toBe('le comité de soutien');
    expect(redactorFor([])('Roza Tuletaeva')).toBe('Roza Tuletaeva');
  });
});
