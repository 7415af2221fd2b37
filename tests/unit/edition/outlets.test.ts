import { describe, expect, it } from 'vitest';
import { groupByOutlet } from '~/edition/outlets.ts';

describe('groupByOutlet', () => {
  const s = (publisher: string, published: string, title = 'T') => ({ publisher, published, title });

  it('groups sources by outlet, outlets alphabetically without “The”, sources oldest first', () => {
    const groups = groupByOutlet([
      s('TASS', '2016-12-11'),
      s('The Guardian', '2016-12-12'),
      s('TASS', '2016-12-10'),
      s('BBC News', '2017'),
    ]);
    expect(groups.map((g) => g.name)).toEqual(['BBC News', 'The Guardian', 'TASS']);
    expect(groups[2]!.sources.map((x) => x.published)).toEqual(['2016-12-10', '2016-12-11']);
  });

  it('gives each outlet a unique anchor', () => {
    const groups = groupByOutlet([s('A.B', '2016'), s('A B', '2016'), s('Wikipedia (Kiwix mirror)', '2016')]);
    expect(groups.map((g) => g.id)).toEqual(['outlet-a-b', 'outlet-a-b-2', 'outlet-wikipedia-kiwix-mirror']);
  });
});
