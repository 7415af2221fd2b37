import { describe, expect, it } from 'vitest';
import { CleanError, cleanArticle } from '~/article/cleaner.ts';
import { readProjectFile } from '../../support/helpers.ts';

const RAW_PATH = 'content/raw/decamped-from-mosul.txt';
const raw = readProjectFile(RAW_PATH);

describe('cleanArticle on the real scrape', () => {
  const article = cleanArticle(raw, RAW_PATH);

  it('keeps the headline once, as published', () => {
    expect(article.headline).toBe('‘Decamped from Mosul ISIS fighters in Syria perfect for US narrative’');
    expect(article.blocks.some((b) => b.text === article.headline)).toBe(false);
  });

  it('keeps the dateline as the source gives it, and reads its date', () => {
    expect(article.dateline).toBe('12 Dec, 2016 16:32');
    expect(article.published).toEqual({ date: '2016-12-12', time: '16:32' });
  });

  it('drops the navigation junk and the repeated headline, and records why', () => {
    expect(article.removed.map((r) => r.line)).toEqual([1, 6]);
    expect(article.removed[0]!.text.startsWith('icon bookmark')).toBe(true);
    expect(article.blocks.some((b) => b.text.includes('chevron'))).toBe(false);
  });

  it('finds every kind of block, in order', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual([
      'standfirst',
      'paragraph',
      'paragraph',
      'related',
      'turn',
      'turn',
      'statement',
      'turn',
      'turn',
      'disclaimer',
    ]);
    expect(article.blocks[0]!.text.startsWith('One doesn’t need to be a genius')).toBe(true);
  });

  it('reads the speaker labels of the interview turns', () => {
    const labels = article.blocks.flatMap((b) => (b.kind === 'turn' ? [b.label] : []));
    expect(labels).toEqual(['RT:', 'Peter Ford:', 'RT:', 'PF:']);
  });

  it("reads Ray Finch's statement with its attribution and its quotation marks", () => {
    const statement = article.blocks.find((b) => b.kind === 'statement');
    expect(statement?.kind === 'statement' && statement.attribution).toBe('Ray Finch, UKIP MEP, told RT:');
    expect(statement?.kind === 'statement' && statement.quote.startsWith('“The fact is')).toBe(true);
    expect(statement?.kind === 'statement' && statement.quote.endsWith('going to go.”')).toBe(true);
  });

  it('reads the related link', () => {
    const related = article.blocks.find((b) => b.kind === 'related');
    expect(related?.kind === 'related' && related.title).toBe("Peace in Syria - it's the last thing the US wants");
  });

  it('changes no character: every block is a whole line of the scrape, and the body is every remaining line', () => {
    const lines = raw.split('\n');
    for (const block of article.blocks) expect(lines[block.line - 1]).toBe(block.text);
    const kept = new Set([...article.blocks.map((b) => b.line), ...article.removed.map((r) => r.line)]);
    const dropped = lines.filter((line, i) => line.trim() !== '' && !kept.has(i + 1));
    expect(dropped).toEqual([article.dateline, article.headline]);
  });

  it('keeps straight and curly quotes and no-break spaces exactly', () => {
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain("Russia's military");
    expect(text).toContain('doesn’t');
    expect(text).toContain('RT:\u00a0Reacting');
    expect(text).toContain('Syria – the ideal');
  });
});

describe('cleanArticle on broken input', () => {
  const junk = raw.split('\n')[0]!;
  const expectError = (input: string, line: number | undefined, message: RegExp) => {
    let error: unknown;
    try {
      cleanArticle(input, 'broken.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CleanError);
    expect((error as CleanError).line).toBe(line);
    expect((error as CleanError).message).toMatch(message);
    expect((error as CleanError).message).toMatch(/^broken\.txt/);
  };

  it('rejects an empty scrape', () => {
    expectError('\n \n', undefined, /empty/);
  });

  it('rejects a scrape without a dateline, naming the line', () => {
    expectError(`${junk}\nHeadline\n\nBody`, 2, /expected the dateline.*"Headline"/);
  });

  it('rejects an impossible dateline', () => {
    expectError('31 Feb, 2016 16:32\nHeadline\nBody', 1, /not a real date/);
  });

  it('rejects a scrape that ends after the dateline', () => {
    expectError('12 Dec, 2016 16:32\n', 1, /expected the headline/);
  });

  it('rejects a scrape with a headline and no text', () => {
    expectError('12 Dec, 2016 16:32\n\nHeadline\n\nHeadline\n', 3, /no article text/);
  });

  it('rejects a quoted statement whose quotation marks are not balanced', () => {
    expectError(
      '12 Dec, 2016 16:32\nHeadline\nStandfirst.\nRay Finch, UKIP MEP, told RT: “Unclosed',
      4,
      /quotation marks/,
    );
  });

  it('rejects text after the closing disclaimer', () => {
    const disclaimer = 'The statements, views and opinions expressed in this column are solely those of the author.';
    expectError(`12 Dec, 2016 16:32\nHeadline\nStandfirst.\n${disclaimer}\nMore.`, 4, /followed by more text/);
  });

  it('rejects a paragraph with leading spaces rather than guess', () => {
    expectError('12 Dec, 2016 16:32\nHeadline\n  Indented.', 3, /spaces/);
  });

  it('accepts a scrape without navigation junk and with Windows line endings', () => {
    const article = cleanArticle('12 Dec, 2016 16:32\r\nHeadline\r\nStandfirst.\r\nPF: An answer.\r\n');
    expect(article.removed).toEqual([]);
    expect(article.blocks.map((b) => b.text)).toEqual(['Standfirst.', 'PF: An answer.']);
  });
});
