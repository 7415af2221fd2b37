/**
 * Reads @action-validator/cli's JSON report of a workflow file into
 * `file → path: what is wrong` lines, the innermost errors only (its
 * `one_of` errors nest the reasons of each alternative).
 */
interface ValidatorError {
  code?: string;
  path?: string;
  title?: string;
  detail?: string;
  states?: { errors?: ValidatorError[] }[];
}

function leaves(error: ValidatorError): ValidatorError[] {
  if (!error.states?.length) return [error];
  return error.states.flatMap((state) => (state.errors ?? []).flatMap(leaves));
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
