/**
 * Rules every piece of text in content must follow, whatever its field: no
 * control or bidirectional-override characters (they reorder or hide words,
 * or break the map's SVG), not made only of invisible characters, and no
 * longer than a field needs. They are applied to every string a content file
 * holds (see `content-files.ts`), so a field added to a schema is covered
 * without being listed here. Hand-written because they are a few regular
 * expressions over Unicode properties; no library states this policy.
 */

/** The longest text any field may hold, in characters (the longest explanation today is about 1,100). */
export const MAX_FIELD_LENGTH = 3000;

/** The largest content files, in bytes: a YAML entry, an article, a raw scrape. */
export const MAX_FILE_BYTES = { yaml: 16 * 1024, mdx: 64 * 1024, txt: 64 * 1024 } as const;

// C0 and C1 controls except tab and line feed (carriage return is allowed only before a line feed).
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/u;
// Bidirectional marks, embeddings, overrides and isolates, and the Arabic letter mark.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Other invisible characters that can hide or join words: line/paragraph separators, the BOM, interlinear annotations.
const OTHER_INVISIBLE = /[\u2028\u2029\uFEFF\uFFF9-\uFFFB]/u;
// By Unicode general category: format (Cf: zero-width characters, soft hyphens, the tag characters U+E0000–E007F
// that can carry hidden text), private use (Co), unassigned and noncharacters (Cn: U+FFFE and U+FFFF make the map's
// SVG invalid XML) and lone surrogates (Cs). None appears in the edition's text.
const BY_CATEGORY = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;
const CATEGORY_NAME = (char: string): string =>
  /\p{Cf}/u.test(char)
    ? /[\u{E0000}-\u{E007F}]/u.test(char)
      ? 'tag character (category Cf), which can carry hidden text'
      : 'format character (category Cf)'
    : /\p{Co}/u.test(char)
      ? 'private-use character (category Co)'
      : /\p{Cs}/u.test(char)
        ? 'lone surrogate (category Cs)'
        : 'unassigned code point or noncharacter (category Cn)';
// What shows nothing: white space, format characters (zero-width spaces, joiners…), Hangul fillers, the braille blank.
// eslint-disable-next-line no-misleading-character-class -- U+034F, a combining mark, is listed to be matched on its own
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u034F]/gu;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every line of a whole file (an article's MDX, comments and frontmatter included) checked for the characters
 * `textProblem` refuses, each problem with its line; the length rule is a field's and is not applied.
 */
export function invisibleCharacterProblems(text: string): { line: number; message: string; fix: string }[] {
  const found: { line: number; message: string; fix: string }[] = [];
  text.split('\n').forEach((line, index) => {
    const body = line.replace(/\r$/, '').slice(0, MAX_FIELD_LENGTH);
    // A line of only invisible characters is judged by its characters, not as an empty field.
    const problem = textProblem(`x${body}`);
    if (problem && !/made only of spaces/.test(problem.message)) found.push({ line: index + 1, ...problem });
  });
  return found;
}

/** What is wrong with a piece of text from a content file, with how to fix it; undefined when it is fine. */
export function textProblem(value: string): { message: string; fix: string } | undefined {
  const control = CONTROL.exec(value);
  if (control) {
    return {
      message: `contains the control character ${codePoint(control[0])}, which readers cannot see and which breaks the page or the map`,
      fix: 'delete it; retype the text around it if you cannot see where it is',
    };
  }
  const bidi = BIDI.exec(value);
  if (bidi) {
    return {
      message: `contains the bidirectional formatting character ${codePoint(bidi[0])}, which can reorder or hide words`,
      fix: 'delete it; text in Arabic or Hebrew needs no formatting characters',
    };
  }
  const other = OTHER_INVISIBLE.exec(value);
  if (other) {
    return {
      message: `contains the invisible character ${codePoint(other[0])}`,
      fix: 'delete it; use a plain space or line break',
    };
  }
  if (value.length > 0 && value.replace(INVISIBLE, '') === '') {
    return {
      message: 'is made only of spaces or invisible characters',
      fix: 'write the text, or remove the field if it is optional',
    };
  }
  const category = BY_CATEGORY.exec(value);
  if (category) {
    return {
      message: `contains the invisible ${CATEGORY_NAME(category[0])} ${codePoint(category[0])}`,
      fix: 'delete it; retype the text around it if you cannot see where it is',
    };
  }
  if (value.length > MAX_FIELD_LENGTH) {
    return {
      message: `is ${value.length} characters long, more than the ${MAX_FIELD_LENGTH} any field may hold`,
      fix: 'shorten it; what is context rather than a note belongs on the timeline, places or sources pages',
    };
  }
  return undefined;
}

/**
 * Decodes a content file's bytes as UTF-8, or says why it cannot be read:
 * invalid UTF-8 or a byte order mark. Never quotes the file's contents.
 */
export function decodeContent(bytes: Uint8Array): { text: string } | { message: string; fix: string; line: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      line: 1,
      message: 'starts with a byte order mark (BOM)',
      fix: 'save the file as UTF-8 without BOM (your editor’s encoding menu)',
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // The line of the first byte that is not UTF-8: decode line by line.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i += 1) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line += 1;
      start = i + 1;
    }
    return { line, message: 'is not valid UTF-8', fix: 'save the file as UTF-8 (your editor’s encoding menu)' };
  }
}
