/**
 * `npm run check -- --format github`: each problem as a GitHub Actions
 * workflow command, `::error file=…,line=…,title=…::message`, which GitHub
 * shows on that line of the pull request's changed files and in the job's
 * summary. Written by hand: the format is four escapes and one line
 * (docs.github.com, "Workflow commands for GitHub Actions"); the toolkit's
 * @actions/core would add a dependency for it.
 */

/** The data of a command: %, CR and LF escaped. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property's value: the data's escapes, and : and , which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface Annotation {
  file?: string | undefined;
  line?: number | undefined;
  title: string;
  message: string;
}

/** One problem line of the check, `file:line → field: message (fix)`, read back into its parts. */
export function annotationOf(step: string, problem: string): Annotation {
  const arrow = problem.indexOf(' → ');
  if (arrow < 0) return { title: `npm run check: ${step}`, message: problem };
  const [, file, line] = /^(.*?)(?::(\d+))?(?::\d+)?$/.exec(problem.slice(0, arrow)) ?? [];
  // A file is a path (`content/x.yaml`, `.github/workflows/test.yml`); "astro check → exit 1" names none.
  if (file === undefined || !/^[\w.@[\]/-]+$/.test(file) || !/[./]/.test(file)) {
    return { title: `npm run check: ${step}`, message: problem };
  }
  const rest = problem.slice(arrow + 3);
  const colon = rest.indexOf(': ');
  const field = colon < 0 ? step : rest.slice(0, colon);
  return {
    file,
    line: line === undefined ? undefined : Number(line),
    title: `${step}: ${field}`,
    message: colon < 0 ? rest : rest.slice(colon + 2),
  };
}

/** The workflow command for one annotation. */
export function githubCommand({ file, line, title, message }: Annotation): string {
  const properties = [
    ...(file === undefined ? [] : [`file=${escapeProperty(file)}`]),
    ...(line === undefined ? [] : [`line=${line}`]),
    `title=${escapeProperty(title)}`,
  ];
  return `::error ${properties.join(',')}::${escapeData(message)}`;
}
