import {latestRewrite, unannouncedRewrites, type GuideChange} from './rewrites';

const change = (date: string, changedLines: number, created = false): GuideChange => ({
  date,
  commit: `c-${date}`,
  changedLines,
  created,
});

describe('guides rewritten without an update post', () => {
  const history = [
    change('2026-12-06', 2),
    change('2026-11-28', 90),
    change('2026-11-01', 100, true),
  ];

  it('take the latest change that touched a large share of the guide, never its creation', () => {
    expect(latestRewrite(history, 100)).toEqual(history[1]);
    expect(latestRewrite([change('2026-11-01', 100, true)], 100)).toBeUndefined();
  });

  it('are flagged until a post tagged with the software is as recent as the rewrite', () => {
    const guide = {id: 'xero', file: 'docs/x.mdx', changes: history, lines: 100};
    expect(unannouncedRewrites([guide], new Map())).toEqual([
      'docs/x.mdx: rewritten on 2026-11-28 (c-2026-11-28, 90 lines changed) with no update post tagged "xero" since; add one under updates/ in each locale',
    ]);
    expect(unannouncedRewrites([guide], new Map([['xero', '2026-11-20']]))).toHaveLength(1);
    expect(unannouncedRewrites([guide], new Map([['xero', '2026-11-28']]))).toEqual([]);
  });
});
