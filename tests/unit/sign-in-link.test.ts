import { describe, expect, it } from 'vitest';
import { confirmationAddress, signInLinkSchema } from '@/lib/auth/sign-in-link';

const token = 'a'.repeat(64);
const callback = (callbackUrl: string) =>
  `https://tracker.example.org/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email: 'organizer@example.org' })}`;

describe('the emailed sign-in link', () => {
  it('leads to the confirmation page in the language the link was asked in, carrying what the callback needs', () => {
    const address = new URL(confirmationAddress(callback('https://tracker.example.org/ru/admin')));
    expect(address.origin + address.pathname).toBe('https://tracker.example.org/ru/admin/sign-in/confirm');
    expect(Object.fromEntries(address.searchParams)).toEqual({ token, email: 'organizer@example.org', callbackUrl: 'https://tracker.example.org/ru/admin' });
    expect(signInLinkSchema.safeParse(Object.fromEntries(address.searchParams)).success).toBe(true);
  });

  it('falls back to the default language when the callback names none', () => {
    expect(new URL(confirmationAddress(callback('/admin'))).pathname).toBe('/en/admin/sign-in/confirm');
  });

  it('is refused when its token was cut or altered, or its address is not one', () => {
    const link = { token, email: 'organizer@example.org', callbackUrl: '/en/admin' };
    expect(signInLinkSchema.safeParse({ ...link, token: token.slice(0, 40) }).success).toBe(false);
    expect(signInLinkSchema.safeParse({ ...link, token: `${token.slice(1)}"` }).success).toBe(false);
    expect(signInLinkSchema.safeParse({ ...link, email: 'organizer' }).success).toBe(false);
    expect(signInLinkSchema.safeParse({ token, email: link.email }).success).toBe(false);
  });
});
