// The site's languages, in plain JavaScript so that next.config.mjs can read them too.
export const locales = /** @type {const} */ (['en', 'fr', 'ru']);
