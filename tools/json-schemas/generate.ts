/**
 * JSON Schemas of the data collections, generated from their zod schemas
 * (src/model/schemas.ts) with zod's own `z.toJSONSchema`, so that an editor
 * with a YAML language server (VS Code's YAML extension, wired in
 * .vscode/settings.json) completes field names and statuses and marks a
 * misspelt field while typing. The check and the build remain the judges:
 * rules a JSON Schema cannot say (real dates, https URLs, references between
 * files) are only theirs.
 *
 * `npm run schemas` writes them to .vscode/schemas/; a test fails when they
 * differ from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { format } from 'prettier';
import { COLLECTION_FILES, DATA_COLLECTIONS, type DataCollection } from '~/model/collections.ts';
import { schemas } from '~/model/schemas.ts';
import { ROOT } from '../project.ts';

export const SCHEMA_DIR = '.vscode/schemas';

export const schemaFile = (collection: DataCollection) => `${SCHEMA_DIR}/${collection}.schema.json`;

/** The JSON Schema of one collection, as the text written to its file (formatted as Prettier writes it). */
export async function jsonSchemaText(collection: DataCollection): Promise<string> {
  const schema = z.toJSONSchema(schemas[collection], {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  const titled = {
    ...schema,
    title: `A file in ${COLLECTION_FILES[collection].dir}/`,
    description: 'Generated from src/model/schemas.ts by npm run schemas; npm run check has the last word.',
  };
  return format(JSON.stringify(titled), { parser: 'json', printWidth: 120 });
}

/** The `yaml.schemas` setting: each schema file and the files it applies to. */
export function yamlSchemasSetting(): Record<string, string> {
  return Object.fromEntries(
    DATA_COLLECTIONS.map((collection) => [
      `./${schemaFile(collection)}`,
      `${COLLECTION_FILES[collection].dir}/*${COLLECTION_FILES[collection].extension}`,
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join(ROOT, SCHEMA_DIR), { recursive: true });
  for (const collection of DATA_COLLECTIONS) {
    writeFileSync(join(ROOT, schemaFile(collection)), await jsonSchemaText(collection));
    console.log(`wrote ${schemaFile(collection)}`);
  }
}
