/**
 * Notes bound to their words and speakers. A claim file records the words it
 * marks (`quote`), so a `<Claim>` mark moved onto other words is refused; a
 * claim's speaker is the speaker of the turn its words stand in (a paragraph
 * a `<SpeakerLabel>` opens); a label opens its paragraph, belongs to one
 * speaker and is one that opens that speaker's turns; every speaker an
 * article lists speaks or is quoted in it. Pure: `content-check.ts` runs it
 * on the MDX tree it parsed, for the check and the build alike.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Problem, YamlText } from './content-files.ts';

export interface TurnArticle {
  file: string;
  tree: Root;
  speakers: string[];
  /** The line of each entry of `speakers` in the frontmatter. */
  speakersLine: (index: number) => number | undefined;
}
export interface TurnClaim {
  id: string;
  file: string;
  speaker: string;
  quote: unknown;
  yaml: YamlText;
}
export interface TurnSpeaker {
  id: string;
  file: string;
  name: string | undefined;
  labels: string[];
  yaml: YamlText;
}

interface Mark {
  id: string;
  words: string;
  line: number | undefined;
  turn: string | undefined;
}

const attributeId = (node: { attributes: { type: string; name?: string; value?: unknown }[] }) => {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof value === 'string' ? value : undefined;
};

export function turnProblems(articles: TurnArticle[], claims: TurnClaim[], speakers: TurnSpeaker[]): Problem[] {
  const problems: Problem[] = [];
  const marks: (Mark & { article: string })[] = [];
  const spoken = new Map<string, Set<string>>(); // speaker id → label texts that open their turns
  for (const article of articles) {
    const speaking = new Set<string>();
    for (const paragraph of article.tree.children) {
      if (paragraph.type !== 'paragraph') continue;
      const first = paragraph.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
      let turn: string | undefined;
      if (first?.type === 'mdxJsxTextElement' && first.name === 'SpeakerLabel') turn = attributeId(first);
      visit(paragraph, (node) => {
        if (node.type !== 'mdxJsxTextElement') return; // inside a paragraph every element is inline
        const id = attributeId(node);
        if (id === undefined) return;
        const line = node.position?.start.line;
        if (node.name === 'SpeakerLabel') {
          speaking.add(id);
          if (node !== first) {
            problems.push({
              file: article.file,
              line,
              field: `<SpeakerLabel id="${id}">`,
              message:
                'does not open its paragraph, so it does not open a turn: a label marks who speaks from there on',
              fix: 'wrap only the label at the start of the paragraph that opens the turn',
            });
          } else {
            const labels = spoken.get(id) ?? new Set<string>();
            labels.add(toString(node));
            spoken.set(id, labels);
          }
        }
        if (node.name === 'Claim') marks.push({ id, words: toString(node), line, turn, article: article.file });
      });
    }
    // Every speaker listed speaks (a label of theirs opens a turn) or is quoted (a claim marked here is theirs).
    article.speakers.forEach((speaker, i) => {
      const quoted = marks.some(
        (m) => m.article === article.file && claims.find((c) => c.id === m.id)?.speaker === speaker,
      );
      if (speaking.has(speaker) || quoted) return;
      problems.push({
        file: article.file,
        line: article.speakersLine(i),
        field: `speakers[${i}]`,
        message: `"${speaker}" neither speaks in the article (no <SpeakerLabel id="${speaker}">) nor is quoted in it (no claim of theirs is marked)`,
        fix: 'list only the speakers the article gives words to',
      });
    });
  }

  for (const claim of claims) {
    const own = marks.filter((m) => m.id === claim.id);
    if (own.length === 0) continue; // an unreferenced claim is reported by the integrity check
    // The words the file records, one per mark in reading order.
    if (claim.quote !== undefined) {
      const quotes = Array.isArray(claim.quote) ? claim.quote : [claim.quote];
      const field = (i: number) => (Array.isArray(claim.quote) ? `quote[${i}]` : 'quote');
      const line = (i: number) => claim.yaml.lineOf(Array.isArray(claim.quote) ? ['quote', i] : ['quote']);
      own.forEach((mark, i) => {
        const recorded: unknown = quotes[i];
        if (recorded === mark.words) return;
        problems.push({
          file: claim.file,
          line: line(Math.min(i, quotes.length - 1)),
          field: field(Math.min(i, quotes.length - 1)),
          message:
            recorded === undefined
              ? `the article marks this claim ${own.length} times, but the file records ${quotes.length} quote${quotes.length === 1 ? '' : 's'}; ${mark.article}:${mark.line ?? '?'} marks ${JSON.stringify(mark.words)}`
              : `${JSON.stringify(recorded)} is not the words the mark wraps at ${mark.article}:${mark.line ?? '?'}: ${JSON.stringify(mark.words)}`,
          fix: 'a note stays on the words it was written for: put the mark back on the recorded words, or, if the note is meant for these words, write them as its quote (a maintainer reviews the move)',
        });
      });
      if (quotes.length > own.length) {
        problems.push({
          file: claim.file,
          line: line(own.length),
          field: field(own.length),
          message: `records ${quotes.length} quotes but the article marks this claim ${own.length} time${own.length === 1 ? '' : 's'}`,
          fix: 'record one quote per mark, in reading order',
        });
      }
    }
    // The claim's speaker is the speaker of the turn its words stand in.
    // An unknown or unreadable speaker is reported once, by the integrity check or the file's own problem.
    const known = speakers.some((s) => s.id === claim.speaker);
    for (const mark of own) {
      if (!known || mark.turn === undefined || mark.turn === claim.speaker) continue;
      problems.push({
        file: claim.file,
        line: claim.yaml.lineOf(['speaker']),
        field: 'speaker',
        message: `is "${claim.speaker}", but the claim's words stand in the turn of "${mark.turn}" (${mark.article}:${mark.line ?? '?'})`,
        fix: `write speaker: ${mark.turn}, or mark words that ${claim.speaker} says`,
      });
    }
  }

  // A label belongs to one speaker, and is one that opens that speaker's turns.
  const openedBy = (label: string) => [...spoken].find(([, labels]) => labels.has(label))?.[0];
  const owner = new Map<string, string>();
  for (const speaker of [...speakers].sort((a, b) => a.file.localeCompare(b.file))) {
    speaker.labels.forEach((label, i) => {
      const line = speaker.yaml.lineOf(['labels', i]);
      const other = openedBy(label) ?? owner.get(label);
      if (other !== undefined && other !== speaker.id) {
        problems.push({
          file: speaker.file,
          line,
          field: `labels[${i}]`,
          message: `${JSON.stringify(label)} is a label of "${other}", whose turns it opens: a label belongs to one speaker`,
          fix: `remove it from ${speaker.id}'s labels`,
        });
        return;
      }
      owner.set(label, speaker.id);
      if (spoken.size > 0 && !(spoken.get(speaker.id)?.has(label) ?? false)) {
        problems.push({
          file: speaker.file,
          line,
          field: `labels[${i}]`,
          message: `${JSON.stringify(label)} opens none of ${speaker.id}'s turns in the article`,
          fix: 'list only the labels that open this speaker’s paragraphs, as the scrape has them',
        });
      }
    });
  }
  return problems;
}
