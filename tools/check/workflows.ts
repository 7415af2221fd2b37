/**
 * Reads @action-validator/cli's JSON report of a workflow file into
 * `file → path: what is wrong` lines, the innermost errors only (its
 * `one_of` errors nest the reasons of each alternative: a job is either a
 * list of steps or a call of a reusable workflow).
 */
interface ValidatorError {
  code?: string;
  path?: string;
  title?: string;
  detail?: string;
  states?: { errors?: ValidatorError[] }[];
}

/** The innermost errors; of a `one_of`'s alternatives, the closest one (the fewest errors) is what the author meant. */
function leaves(error: ValidatorError): ValidatorError[] {
  if (!error.states?.length) return [error];
  const alternatives = error.states.map((state) => (state.errors ?? []).flatMap(leaves));
  return alternatives.reduce((best, next) => (next.length < best.length ? next : best));
}

export function workflowProblems(file: string, output: string): string[] {
  const start = output.indexOf('{');
  if (start < 0) return [];
  let report: { errors?: ValidatorError[] };
  try {
    report = JSON.parse(output.slice(start)) as { errors?: ValidatorError[] };
  } catch {
    return [];
  }
  const lines = (report.errors ?? [])
    .flatMap(leaves)
    .map(
      (error) =>
        `${file} → ${error.path || '(the workflow)'}: ${error.detail ?? error.title ?? error.code ?? 'invalid'} (see the workflow syntax at docs.github.com/actions)`,
    );
  return [...new Set(lines)];
}
