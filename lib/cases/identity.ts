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

/**
 * Orders records by the name the public sees. Sorting by the real name would let a protected person's place in a
 * list hint at the letters the initials hide.
 */
export function byPublicName(locale: string): (a: { name: string }, b: { name: string }) => number {
  const collator = new Intl.Collator(locale);
  return (a, b) => collator.compare(a.name, b.name);
}

export type Redact = (text: string) => string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name word and its inflected forms: the last letter may change and a few may follow ("Sokolova", "Sokolovoy"). */
function inflectedPattern(word: string): string {
  const letters = Array.from(word);
  if (letters.length < 4) return escapeRegExp(word);
  return `${escapeRegExp(letters.slice(0, -1).join(''))}\\p{L}{0,3}`;
}

/** A word as a web address may write it, some of its characters percent-encoded ("Aigerim%20P…", "%D0%90%D0%B9…"). */
const addressWord = /(?:[\p{L}\p{N}]|%[0-9A-Fa-f]{2})+/gu;
const escapes = /(?:%[0-9A-Fa-f]{2})+/g;

const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Percent-escapes as the characters they encode; bytes that are no UTF-8 text become U+FFFD, which ends a word,
 * so a name beside them is still found.
 */
function decodeEscapes(sequence: string): string {
  return lenientUtf8.decode(Uint8Array.from(sequence.slice(1).split('%'), (hex) => parseInt(hex, 16)));
}

/**
 * Texts written before a case was protected still name the person: every word of the names and aliases of the
 * given people, inflected or not, becomes its initial ("Vadim Kuramshin" → "V. K.", "Курамшиной" → "К.").
 * Lower-case particles ("de", "ibn") are left alone: blanking them everywhere would garble the text.
 * Markdown links carry addresses, which a browser's copy percent-encodes: a name found once they are decoded
 * is replaced there too, encoded again.
 */
export function redactorFor(people: { name: string; aliases: string[] }[]): Redact {
  const words = [...new Set(people.flatMap(({ name, aliases }) => [name, ...aliases]).flatMap((name) => name.split(/[^\p{L}\p{N}]+/u)))]
    .filter((word) => /^\p{Lu}/u.test(word) && Array.from(word).length >= 2)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(inflectedPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const redact = (text: string) => text.replace(pattern, (match) => `${Array.from(match)[0]!.toUpperCase()}.`);
  const redactEncoded = (word: string) => {
    if (!word.includes('%')) return word;
    const decoded = word.replace(escapes, decodeEscapes);
    const redacted = redact(decoded);
    return redacted === decoded ? word : encodeURIComponent(redacted);
  };
  return (text) => redact(text.includes('%') ? text.replace(addressWord, redactEncoded) : text);
}
