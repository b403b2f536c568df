import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const weights = [400, 700] as const;
const fontDir = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans/files');

let loaded: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** Noto Sans in the scripts the record uses (Latin with diacritics, Cyrillic incl. Kazakh letters), read once. */
export function shareCardFonts() {
  loaded ??= Promise.all(
    weights.flatMap((weight) =>
      subsets.map(async (subset) => ({
        name: `Noto Sans ${subset}`,
        data: await readFile(path.join(fontDir, `noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return loaded;
}
