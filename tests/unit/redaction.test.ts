import { describe, expect, it } from 'vitest';
import { redactorFor } from '@/lib/cases/identity';

describe('redacting protected names from public texts', () => {
  const redact = redactorFor([{ name: 'Vadim Kuramshin', aliases: ['Kouramchine', 'Курамшин', 'Kuramshin'] }]);

  it('replaces the name and every alias with initials, whatever the case or line breaks', () => {
    expect(redact('rumeurs selon lesquelles Vadim\nKuramshin, toujours incarcéré')).toBe('rumeurs selon lesquelles V. K., toujours incarcéré');
    expect(redact('KOURAMCHINE et курамшин')).toBe('V. K. et V. K.');
  });

  it('leaves words that merely contain a name alone', () => {
    expect(redact('Kuramshinov')).toBe('Kuramshinov');
  });

  it('changes nothing when no identity is protected', () => {
    expect(redactorFor([])('Vadim Kuramshin')).toBe('Vadim Kuramshin');
  });
});
