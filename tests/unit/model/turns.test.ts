/**
 * src/model/turns.ts on small articles: a claim's speaker is the speaker of
 * the turn its words stand in; a label opens its paragraph, belongs to one
 * speaker and opens that speaker's turns; the quote is the marked words.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { YamlText } from '~/model/content-files.ts';
import { turnProblems, type TurnClaim, type TurnSpeaker } from '~/model/turns.ts';

const ARTICLE = [
  '<SpeakerLabel id="rt">RT:</SpeakerLabel> <Claim id="q">Russia says so.</Claim> Why?',
  '',
  '<SpeakerLabel id="pf">PF:</SpeakerLabel> <Claim id="a">It is a distortion.</Claim>',
].join('\n');

const tree = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const claim = (id: string, speaker: string, quote: unknown): TurnClaim => ({
  id,
  file: `content/claims/${id}.yaml`,
  speaker,
  quote,
  yaml: new YamlText(`speaker: ${speaker}\nquote: x\n`),
});
const speaker = (id: string, labels: string[]): TurnSpeaker => ({
  id,
  file: `content/speakers/${id}.yaml`,
  name: id,
  labels,
  yaml: new YamlText(`labels: ${JSON.stringify(labels)}\n`),
});
const run = (mdx: string, claims: TurnClaim[], speakers: TurnSpeaker[], listed = ['rt', 'pf']) =>
  turnProblems([{ file: 'a.mdx', tree: tree(mdx), speakers: listed, speakersLine: () => 1 }], claims, speakers);
const good = () => [claim('q', 'rt', 'Russia says so.'), claim('a', 'pf', 'It is a distortion.')];
const people = () => [speaker('rt', ['RT:']), speaker('pf', ['PF:'])];

describe('turnProblems', () => {
  it('passes an article whose notes, speakers and labels agree', () => {
    expect(run(ARTICLE, good(), people())).toEqual([]);
  });

  it('refuses a claim given to a speaker whose turn its words are not in', () => {
    const claims = [claim('q', 'pf', 'Russia says so.'), claim('a', 'pf', 'It is a distortion.')];
    expect(run(ARTICLE, claims, people())).toEqual([
      expect.objectContaining({
        file: 'content/claims/q.yaml',
        field: 'speaker',
        message: expect.stringMatching(/turn of "rt"/),
      }),
    ]);
  });

  it('refuses a label given to a second speaker ("RT:" added to PF\'s labels)', () => {
    const problems = run(ARTICLE, good(), [speaker('rt', ['RT:']), speaker('pf', ['PF:', 'RT:'])]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/speakers/pf.yaml',
        field: 'labels[1]',
        message: expect.stringMatching(/is a label of "rt", whose turns it opens/),
      }),
    ]);
  });

  it("refuses a label that opens none of the speaker's turns", () => {
    const problems = run(ARTICLE, good(), [speaker('rt', ['RT:']), speaker('pf', ['PF:', 'Q:'])]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'labels[1]: "Q:" opens none of pf\'s turns in the article',
    ]);
  });

  it('refuses a label that does not open its paragraph', () => {
    const mdx = ARTICLE.replace(
      '<SpeakerLabel id="pf">PF:</SpeakerLabel> <Claim',
      'PF: <SpeakerLabel id="pf">It</SpeakerLabel> <Claim',
    );
    expect(run(mdx, good(), people()).map((p) => p.field)).toContain('<SpeakerLabel id="pf">');
  });

  it('refuses a quote that is not the marked words, and one mark too many', () => {
    const claims = [claim('q', 'rt', 'Russia says so'), claim('a', 'pf', ['It is a distortion.', 'More.'])];
    expect(run(ARTICLE, claims, people()).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/claims/q.yaml quote',
      'content/claims/a.yaml quote[1]',
    ]);
  });

  it('refuses a speaker listed who neither speaks nor is quoted', () => {
    expect(run(ARTICLE, good(), [...people(), speaker('rf', [])], ['rt', 'pf', 'rf'])).toEqual([
      expect.objectContaining({ file: 'a.mdx', field: 'speakers[2]' }),
    ]);
  });
});
