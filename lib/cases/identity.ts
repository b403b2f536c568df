/** Initials shown instead of the name of a case whose identity is protected ("Vadim Kuramshin" → "V. K."). */
export function initialsOf(name: string): string {
  const initials = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => `${Array.from(word)[0]!.toUpperCase()}.`);
  return initials.join(' ') || '—';
}

/** The name the public may see. Every public read goes through this. */
export function publicName(subject: { name: string; identityProtected: boolean }): string {
  return subject.identityProtected ? initialsOf(subject.name) : subject.name;
}
