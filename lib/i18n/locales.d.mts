export declare const locales: readonly ['en', 'fr', 'ru'];
