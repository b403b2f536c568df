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

export type Redact = (text: string) => string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every spelling of the given names with the initials of the name, ignoring case and spacing. */
export function redactorFor(people: { name: string; aliases: string[] }[]): Redact {
  const rules = people.flatMap(({ name, aliases }) =>
    [name, ...aliases]
      .map((spelling) => spelling.trim())
      .filter((spelling) => spelling.length > 1)
      .sort((a, b) => b.length - a.length)
      .map((spelling) => ({
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${spelling.split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
        initials: initialsOf(name),
      })),
  );
  return (text) => rules.reduce((result, rule) => result.replace(rule.pattern, rule.initials), text);
}
