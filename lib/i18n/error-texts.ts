import en from '@/messages/en/errors.json';
import fr from '@/messages/fr/errors.json';
import ru from '@/messages/ru/errors.json';

/**
 * The texts of error pages and refusals, bundled: an error page is a client component, and no messages are sent to
 * the browser otherwise (app/[locale]/layout.tsx); proxy.ts refuses before any page renders.
 */
export const errorTexts = { en, fr, ru } as const;
