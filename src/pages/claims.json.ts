import type { APIRoute } from 'astro';
import { claimsData } from '~/exports/from-edition.ts';
import { loadEdition } from '~/edition/load.ts';
import { checkClaimsData } from '~/exports/claims-data.ts';
import { AstroError } from 'astro/errors';

/** The claims as typed data: see src/exports/claims-data.ts for the shape. */
export const GET: APIRoute = async ({ site }) => {
  const data = claimsData(await loadEdition(), site);
  const problems = checkClaimsData(data);
  if (problems.length > 0) {
    throw new AstroError(
      `claims.json is inconsistent:\n  ${problems.join('\n  ')}`,
      'Each problem names the claim (content/claims/<id>.yaml) at fault; run `npm run check`.',
    );
  }
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
