/** Shared by the Vitest suites: the project root and its files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/project.ts';

export { ROOT };
export { articleFiles } from '../../tools/content-files.ts';

export function readProjectFile(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8');
}
