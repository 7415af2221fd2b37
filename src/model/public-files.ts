/**
 * `public/` is code: Astro copies it into the site untouched, on the
 * edition's own origin, so a file there is served as the project's own. It
 * may hold only the files listed here, each by name and by type (read from
 * the bytes, not the extension); nothing else enters, an HTML page, a
 * `_redirects` or a second headers file least of all. Every SVG the site
 * serves is refused when it carries a script, an event attribute, a foreign
 * object or a reference outside itself, with the file and the reason.
 * `checkAndLoadContent` runs `publicProblems`, so the check and the build
 * refuse alike; `svgProblems` also judges the SVGs the build writes
 * (astro.config.mjs). The SVG walk uses htmlparser2 in XML mode, the parser
 * the site already depends on; the policy itself is a few lines, here.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Problem } from './content-files.ts';

type PublicType = 'svg' | 'png' | 'javascript' | 'headers';

/** Every file `public/` may hold, by name, with its type. Adding one is a code change a maintainer reviews. */
export const PUBLIC_FILES: Readonly<Record<string, PublicType>> = {
  'favicon.svg': 'svg',
  'og-image.png': 'png',
  'preferences.js': 'javascript',
  _headers: 'headers',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Why a file's bytes are not of the type listed for it, or undefined. */
function typeProblem(type: PublicType, bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8');
  switch (type) {
    case 'png':
      return PNG_SIGNATURE.every((b, i) => bytes[i] === b) ? undefined : 'is listed as a PNG image but is not one';
    case 'svg':
      return /^\s*(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(text)
        ? undefined
        : 'is listed as an SVG image but does not start with <svg>';
    case 'javascript':
    case 'headers':
      return /<(!doctype|html|svg|script)\b/i.test(text) || bytes.includes(0)
        ? `is listed as ${type === 'headers' ? 'a headers file' : 'a script'} but holds markup or binary data`
        : undefined;
  }
}

const EXTERNAL = /^\s*(?!#)[^\s]/;

/** What an SVG may not carry: each problem with a reason a reviewer can act on. */
export function svgProblems(svg: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  const lineAt = (index: number) => svg.slice(0, index).split('\n').length;
  const push = (message: string) => found.push({ line: lineAt(parser.startIndex), message });
  // eslint-disable-next-line prefer-const
  let parser: Parser;
  parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (tag === 'script') push('carries a <script>, which runs when the SVG is opened on its own');
        if (tag === 'foreignobject') push('carries a <foreignObject>, which can hold HTML and scripts');
        if (['iframe', 'embed', 'object', 'handler', 'listener'].includes(tag)) push(`carries a <${name}>`);
        for (const [key, value] of Object.entries(attributes)) {
          const attribute = key.toLowerCase();
          if (attribute.startsWith('on')) push(`<${name}> carries the event attribute ${key}, which runs code`);
          const isLink = attribute === 'href' || attribute.endsWith(':href') || attribute === 'src';
          // A link a reader follows (<a>) may lead to a page of this site (/path); anything that loads only #fragments.
          const sameSitePage = tag === 'a' && /^\/(?![/\\])/.test(value.trim());
          if (isLink && EXTERNAL.test(value) && !sameSitePage) {
            push(`<${name}> ${key}="${value.slice(0, 80)}" refers outside the image (only #fragment links may)`);
          }
          if (/url\(\s*['"]?\s*(?!#)/i.test(value) || /javascript:|data:/i.test(value)) {
            push(`<${name}> ${key} refers outside the image`);
          }
        }
      },
      ontext(text) {
        if (/@import|url\(\s*['"]?\s*(?!#)/i.test(text)) push('its text or <style> loads something from outside');
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype') push('has a DOCTYPE, which can declare entities');
        if (/^\?xml-stylesheet/i.test(name)) push('loads a stylesheet by <?xml-stylesheet?>');
      },
    },
    { xmlMode: true },
  );
  parser.write(svg);
  parser.end();
  if (/<!ENTITY/i.test(svg)) found.push({ line: lineAt(svg.search(/<!ENTITY/i)), message: 'declares an entity' });
  return found.filter((f, i) => found.findIndex((g) => g.message === f.message) === i);
}

/** Every file under `root/public`, judged against the list; nothing when the folder is absent. */
export function publicProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  const dir = join(root, 'public');
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return problems;
  }
  const listed = Object.keys(PUBLIC_FILES).join(', ');
  for (const name of names.sort()) {
    const file = `public/${name}`;
    const stat = lstatSync(join(dir, name));
    if (stat.isDirectory()) continue;
    const type = PUBLIC_FILES[name];
    if (stat.isSymbolicLink() || type === undefined) {
      problems.push({
        file,
        field: 'file name',
        message: stat.isSymbolicLink()
          ? 'is a symbolic link; public/ holds only the files the project lists'
          : `is not one of the files public/ may hold (${listed}): everything in public/ is served as the site's own code${/(^|\/)(_redirects|_headers|.*\.html?)$/i.test(name) ? ', and a page, redirect or headers file changes what every address serves' : ''}`,
        fix: 'remove it; a file the site needs is added to PUBLIC_FILES in src/model/public-files.ts, a code change a maintainer reviews',
      });
      continue;
    }
    const bytes = readFileSync(join(dir, name));
    const wrongType = typeProblem(type, bytes);
    if (wrongType) {
      problems.push({ file, line: 1, field: 'file type', message: wrongType, fix: 'restore the file from main' });
      continue;
    }
    if (type === 'svg') {
      for (const { line, message } of svgProblems(bytes.toString('utf8'))) {
        problems.push({
          file,
          line,
          field: 'SVG',
          message,
          fix: 'remove it; an SVG the site serves is a picture only',
        });
      }
    }
  }
  return problems;
}
