/**
 * The editors' JSON Schemas (.vscode/schemas/, tools/json-schemas/) stay in
 * sync with the zod schemas, are wired in .vscode/settings.json, and a real
 * JSON Schema validator (ajv) accepts every real content file and refuses a
 * bad one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FILES, DATA_COLLECTIONS } from '~/model/collections.ts';
import { jsonSchemaText, schemaFile, yamlSchemasSetting } from '../../../tools/json-schemas/generate.ts';
import { ROOT } from '../../support/helpers.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe.each(DATA_COLLECTIONS)('%s', (collection) => {
  it('the schema file is what npm run schemas writes', async () => {
    expect(read(schemaFile(collection)), 'run npm run schemas').toBe(await jsonSchemaText(collection));
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(read(schemaFile(collection))));
  const { dir } = COLLECTION_FILES[collection];
  const files = readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.yaml'));

  it('accepts every real file', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const valid = validate(parse(read(`${dir}/${name}`), { version: '1.2', schema: 'core' }));
      expect(valid, `${dir}/${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('refuses a file with a misspelt field', () => {
    const data = parse(read(`${dir}/${files[0]}`)) as Record<string, unknown>;
    expect(validate({ ...data, sourcez: [] })).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });
});

it('refuses a claim whose status is not in the vocabulary', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read(schemaFile('claims'))));
  const claim = parse(read('content/claims/aleppo-50000.yaml')) as Record<string, unknown>;
  expect(validate(claim)).toBe(true);
  expect(validate({ ...claim, status: 'true' })).toBe(false);
  expect(validate.errors?.[0]?.instancePath).toBe('/status');
});

it('is wired for editors in .vscode/settings.json', () => {
  const settings = JSON.parse(read('.vscode/settings.json')) as Record<string, unknown>;
  expect(settings['yaml.schemas']).toEqual(yamlSchemasSetting());
});
