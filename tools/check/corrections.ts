/**
 * The claims at the base (main's merge-base, or `--base`), read with git, set
 * against the claims now by `correctionRuleProblems` (src/model/corrections-rule.ts).
 */
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadCollection, type Problem } from '~/model/content-files.ts';
import { correctionRuleProblems, type ClaimSide } from '~/model/corrections-rule.ts';
import { git } from './base.ts';

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The problems of the claims now against `base` (a commit). */
export function correctionProblemsSince(root: string, base: string, label: string): Problem[] {
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  const dir = `${prefix}content/claims/`;
  const before = new Map<string, ClaimSide>();
  for (const path of git(root, ['ls-tree', '--name-only', base, dir])
    .split('\n')
    .filter((p) => p.endsWith('.yaml'))) {
    const id = path.slice(dir.length, -'.yaml'.length);
    const text = git(root, ['show', `${base}:${path}`]);
    before.set(id, { file: join('content/claims', `${id}.yaml`), data: record(parseDocument(text).toJS()) });
  }
  const after = new Map<string, ClaimSide>();
  for (const entry of loadCollection(root, 'claims').entries) {
    after.set(entry.id, { file: entry.file, data: record(entry.raw), yaml: entry.yaml });
  }
  return correctionRuleProblems(before, after, label);
}
