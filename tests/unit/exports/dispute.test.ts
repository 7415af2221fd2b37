import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DISPUTE_TEMPLATE, disputeUrl } from '~/site/dispute.ts';
import { ROOT } from '../../support/helpers.ts';

const note = {
  id: 'aleppo-50000',
  url: 'https://example.org/claims/aleppo-50000/',
  status: 'Contradicted',
  claim: 'Peter Ford says 50,000 troops.',
};
const form = parse(readFileSync(`${ROOT}/.github/ISSUE_TEMPLATE/${DISPUTE_TEMPLATE}`, 'utf8')) as {
  body: { type: string; id?: string; validations?: { required: boolean } }[];
};

describe('dispute this note', () => {
  it('opens a new issue from the form, prefilled with the claim’s id, address and status', () => {
    const href = disputeUrl(note, 'https://github.com/editors/edition.git/');
    const url = new URL(href!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/editors/edition/issues/new');
    expect(url.searchParams.get('template')).toBe(DISPUTE_TEMPLATE);
    expect(url.searchParams.get('claim-id')).toBe(note.id);
    expect(url.searchParams.get('address')).toBe(note.url);
    expect(url.searchParams.get('status')).toBe(note.status);
    // Every prefilled parameter names a field of the form.
    const ids = new Set(form.body.map((field) => field.id));
    for (const key of url.searchParams.keys()) if (!['template', 'title'].includes(key)) expect(ids).toContain(key);
  });

  it('the form asks what is wrong and for a source, both required', () => {
    const required = form.body.filter((f) => f.validations?.required).map((f) => f.id);
    expect(required).toEqual(expect.arrayContaining(['what-is-wrong', 'source']));
  });

  it('gives no link without an https repository address', () => {
    expect(disputeUrl(note, undefined)).toBeUndefined();
    expect(disputeUrl(note, '')).toBeUndefined();
    expect(disputeUrl(note, 'http://github.com/x/y')).toBeUndefined();
    expect(disputeUrl(note, 'not a url')).toBeUndefined();
  });
});
