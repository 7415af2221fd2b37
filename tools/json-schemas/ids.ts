/**
 * The editors' list of existing ids, `.vscode/schemas/ids.schema.json`: each
 * collection's ids as an enum, which the collection schemas (generate.ts)
 * point to, so that a YAML language server completes ids and marks one that
 * does not exist. It changes with every file added, so it is not committed;
 * `npm run schemas` and `npm run check` write it. Apart from generate.ts so
 * that the check does not load TypeScript and Prettier to write it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FILES } from '~/model/collections.ts';

export const SCHEMA_DIR = '.vscode/schemas';
export const IDS_SCHEMA = `${SCHEMA_DIR}/ids.schema.json`;

/** The collections one can refer to, each a `$defs` entry of ids.schema.json. */
export const REFERABLE = ['speakers', 'events', 'sources', 'claims', 'places', 'parties'] as const;
export type Referable = (typeof REFERABLE)[number];

/** The ids of every collection one can refer to, read from the file names in `root/content`. */
export function existingIds(root: string): Record<Referable, string[]> {
  return Object.fromEntries(
    REFERABLE.map((name) => {
      const { dir, extension } = COLLECTION_FILES[name];
      const names = existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : [];
      return [
        name,
        names
          .filter((n) => n.endsWith(extension))
          .map((n) => n.slice(0, -extension.length))
          .sort(),
      ];
    }),
  ) as Record<Referable, string[]>;
}

/** ids.schema.json: each collection's existing ids as an enum, so that an editor completes them and marks a typo. */
export function idsSchemaText(root: string): string {
  const ids = existingIds(root);
  const defs = Object.fromEntries(
    REFERABLE.map((name) => [
      name,
      {
        type: 'string',
        enum: ids[name],
        description: `An id of a file in ${COLLECTION_FILES[name].dir}/; to name a new one, add the file first.`,
      },
    ]),
  );
  return `${JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'The ids that exist in content/',
      description: 'Written by npm run schemas and npm run check; not committed, since every new file changes it.',
      $defs: defs,
    },
    null,
    2,
  )}\n`;
}

/** Writes ids.schema.json when it differs from the content's ids; returns whether it wrote. */
export function writeIdsSchema(root: string): boolean {
  const file = join(root, IDS_SCHEMA);
  const text = idsSchemaText(root);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(join(root, SCHEMA_DIR), { recursive: true });
  writeFileSync(file, text);
  return true;
}
