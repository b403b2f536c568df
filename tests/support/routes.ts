import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? (entry === 'generated' ? [] : filesUnder(full)) : [full];
  });
}

/** The address pattern of an App Router file: "/[locale]/cases/[slug]" for app/[locale]/cases/[slug]/page.tsx. */
function routeOf(file: string): string {
  const relative = path.relative(path.join(projectRoot, 'app'), path.dirname(file));
  const segments = relative.split(path.sep).filter((segment) => segment && !segment.startsWith('('));
  return `/${segments.join('/')}`;
}

const appFiles = () => filesUnder(path.join(projectRoot, 'app'));

export const discoveredPages = () => appFiles().filter((file) => /\/page\.tsx?$/.test(file)).map(routeOf).sort();

export const discoveredRouteHandlers = () =>
  appFiles()
    .filter((file) => /\/(route\.tsx?|opengraph-image\.tsx)$/.test(file))
    .map((file) => (file.endsWith('opengraph-image.tsx') ? `${routeOf(file)}/opengraph-image` : routeOf(file)))
    .sort();

/** Files whose first statement is 'use server': every export of them is a server action callable from outside. */
export const serverActionFiles = () =>
  [...filesUnder(path.join(projectRoot, 'lib')), ...appFiles()]
    .filter((file) => /\.tsx?$/.test(file) && /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(projectRoot, file))
    .sort();
