-- Search of the case directory: names and aliases compared without case, accents or script
-- (Janaözen = Zhanaozen spelled "Janaozen" = Жанаозен), with trigram similarity for near misses.
-- Prisma cannot express extensions, functions or expression indexes, so this migration is written by hand.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The form in which names are compared, the same as lib/search/normalize.ts gives a query: Russian and Kazakh
-- Cyrillic transliterated as any-ascii does (ж → zh, ң → ng…), accents removed, lower case, apostrophes
-- dropped, any other run of non-alphanumerics as one space. Cyrillic is lower-cased by translate() rather than
-- lower(), which depends on the database's locale. The body is parsed now, so the "unaccent" dictionary is
-- bound here once and the function is truly IMMUTABLE, as an index expression must be.
CREATE FUNCTION search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(
    regexp_replace(
      regexp_replace(
        lower(unaccent('unaccent'::regdictionary,
          translate(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
              translate(input, 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі'),
              'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'ғ', 'gh'), 'ң', 'ng'),
            'абвгдеёзийклмнопрстуфыэәқөұүһіъь', 'abvgdeeziyklmnoprstufyeaqouuhi'))),
        '[''’ʼ`]', '', 'g'),
      '[^a-z0-9]+', ' ', 'g'));

CREATE INDEX "Case_name_search_idx" ON "Case" USING gin (search_fold("name") gin_trgm_ops);
CREATE INDEX "CaseAlias_alias_search_idx" ON "CaseAlias" USING gin (search_fold("alias") gin_trgm_ops);
