/** Corrections append-only and for meaning (src/model/corrections-rule.ts), on made-up claims. */
import { describe, expect, it } from 'vitest';
import { correctionRuleProblems, type ClaimSide } from '~/model/corrections-rule.ts';

const FILE = 'content/claims/c.yaml';
const entry = { date: '2026-12-01', what: 'The status changed from Unverified to Disputed.', why: 'A new report.' };
const published = { status: 'disputed', explanation: 'E.', bottomLine: 'B.', corrections: [entry] };
const side = (data: Record<string, unknown>): ClaimSide => ({ file: FILE, data });
const fields = (current: Record<string, unknown> | undefined) =>
  correctionRuleProblems(
    new Map([['c', side(published)]]),
    new Map(current === undefined ? [] : [['c', side(current)]]),
    'main',
  ).map((p) => p.field);

describe('correctionRuleProblems', () => {
  it('accepts the same claim, and a correction added after the published ones', () => {
    expect(fields(published)).toEqual([]);
    const next = { date: '2026-12-06', what: 'Contradicted.', why: 'Why.' };
    expect(fields({ ...published, status: 'contradicted', corrections: [entry, next] })).toEqual([]);
  });
  it('refuses a published correction removed or rewritten', () => {
    expect(fields({ ...published, corrections: [] })).toEqual(['corrections[0]']);
    expect(fields({ ...published, corrections: [{ ...entry, why: 'Softer.' }] })).toEqual(['corrections[0]']);
  });
  it('refuses a change of meaning without a new entry', () => {
    expect(fields({ ...published, status: 'supported' })).toEqual(['status']);
    expect(fields({ ...published, explanation: 'Other.' })).toEqual(['explanation']);
  });
  it('refuses a new status carried only by a clarification, not a clearer explanation', () => {
    const clarification = { date: '2026-12-06', what: 'W.', why: 'Y.', kind: 'clarification' };
    expect(fields({ ...published, status: 'supported', corrections: [entry, clarification] })).toEqual(['status']);
    expect(fields({ ...published, explanation: 'Clearer.', corrections: [entry, clarification] })).toEqual([]);
  });
  it('refuses deleting or renaming a claim that has published corrections', () => {
    expect(fields(undefined)).toEqual(['corrections']);
    expect(
      correctionRuleProblems(new Map([['c', side({ status: 'opinion' })]]), new Map(), 'main').map((p) => p.field),
    ).toEqual([]);
  });
});
