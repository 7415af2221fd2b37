/**
 * Sources grouped by the outlet that published them, for the sources page:
 * outlets in alphabetical order (ignoring case and a leading "The"), each
 * with an anchor id, its sources oldest first. Pure, so that it is tested
 * without Astro.
 */
export interface OutletGroup<T> {
  name: string;
  /** `outlet-<slug>`: unique on the page. */
  id: string;
  sources: T[];
}

const sortKey = (name: string) => name.replace(/^the\s+/i, '').toLocaleLowerCase('en');
const slug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'outlet';

export function groupByOutlet<T extends { publisher: string; published: string; title: string }>(
  sources: readonly T[],
): OutletGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const source of sources) groups.set(source.publisher, [...(groups.get(source.publisher) ?? []), source]);
  const used = new Set<string>();
  return [...groups]
    .sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b), 'en'))
    .map(([name, list]) => {
      let id = `outlet-${slug(name)}`;
      for (let n = 2; used.has(id); n++) id = `outlet-${slug(name)}-${n}`;
      used.add(id);
      return {
        name,
        id,
        sources: [...list].sort((a, b) => a.published.localeCompare(b.published) || a.title.localeCompare(b.title)),
      };
    });
}
