import { describe, expect, it } from 'vitest';
import { initialsOf, publicName } from '@/lib/cases/identity';

describe('protected identities', () => {
  it('shows initials instead of the name of a protected case', () => {
    expect(publicName({ name: 'Vadim Kuramshin', identityProtected: true })).toBe('V. K.');
    expect(publicName({ name: 'Вадим Курамшин', identityProtected: true })).toBe('В. К.');
  });

  it('shows the name of a case that is not protected', () => {
    expect(publicName({ name: 'Natalia Sokolova', identityProtected: false })).toBe('Natalia Sokolova');
  });

  it('handles hyphenated and empty names', () => {
    expect(initialsOf('Jean-Luc Picard')).toBe('J. L. P.');
    expect(initialsOf('   ')).toBe('—');
  });
});
