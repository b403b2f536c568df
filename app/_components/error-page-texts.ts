import en from '@/messages/en/errors.json';
import fr from '@/messages/fr/errors.json';
import ru from '@/messages/ru/errors.json';

/**
 * The error pages' texts, bundled for the browser: an error page is a client component, and no messages are sent
 * to the browser otherwise (app/[locale]/layout.tsx).
 */
export const errorPageTexts = { en, fr, ru } as const;
