/**
 * Guides rewritten with no update post since: a rewrite changes what
 * customers do, so support staff must be told (issue 20). A rewrite is a
 * commit (or the uncommitted work) that changed at least a share of the
 * guide's lines; the commit that created the guide is not one.
 *
 * @module
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';

/** The share of a guide's lines a change must touch to count as a rewrite. */
export const REWRITE_SHARE = 0.4;

export interface GuideChange {
  /** YYYY-MM-DD, or today for uncommitted work. */
  readonly date: string;
  readonly commit: string;
  /** Lines added plus lines deleted. */
  readonly changedLines: number;
  /** The commit that created the file. */
  readonly created: boolean;
}

/** The latest rewrite among a guide's changes (newest first), if any. */
export function latestRewrite(
  changes: readonly GuideChange[],
  guideLines: number,
): GuideChange | undefined {
  return changes.find(
    (change) => !change.created && change.changedLines >= REWRITE_SHARE * guideLines,
  );
}

/** The changes of a file, newest first, from git; none where git or its history is missing. */
export function gitChanges(siteDir: string, file: string, today: string): GuideChange[] {
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: siteDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  let log: string;
  let uncommitted: string;
  try {
    log = git(['log', '--numstat', '--format=@%h %ad', '--date=short', '--', file]);
    uncommitted = git(['diff', '--numstat', 'HEAD', '--', file]);
  } catch {
    return [];
  }
  const count = (numstat: string) =>
    numstat
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((fields) => fields.length === 3)
      .reduce((sum, [added, deleted]) => sum + Number(added) + Number(deleted), 0);
  const commits = log
    .split('\n@')
    .map((block) => block.replace(/^@/, ''))
    .filter(Boolean)
    .map((block) => {
      const [header = '', ...rest] = block.split('\n');
      const [commit = '', date = ''] = header.split(' ');
      return {date, commit, changedLines: count(rest.join('\n')), created: false};
    });
  if (commits.length > 0) commits[commits.length - 1] = {...commits.at(-1)!, created: true};
  const working = count(uncommitted);
  return working > 0
    ? [{date: today, commit: '(uncommitted)', changedLines: working, created: false}, ...commits]
    : commits;
}

/** The date of the latest update post per tag, from the posts' front matter. */
export function latestPostDates(updatesDir: string): Map<string, string> {
  const latest = new Map<string, string>();
  if (!existsSync(updatesDir)) return latest;
  for (const name of readdirSync(updatesDir).filter((file) => /\.mdx?$/.test(file))) {
    const date = /^(\d{4}-\d{2}-\d{2})-/.exec(name)?.[1];
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(updatesDir, name), 'utf8'));
    if (!date || !frontMatter) continue;
    const tags = (parse(frontMatter[1]!) as {tags?: unknown} | null)?.tags;
    for (const tag of Array.isArray(tags) ? tags.map(String) : []) {
      if ((latest.get(tag) ?? '') < date) latest.set(tag, date);
    }
  }
  return latest;
}

/** A warning for each guide whose latest rewrite has no post tagged with its software since. */
export function unannouncedRewrites(
  guides: readonly {id: string; file: string; changes: readonly GuideChange[]; lines: number}[],
  postDates: ReadonlyMap<string, string>,
): string[] {
  return guides.flatMap(({id, file, changes, lines}) => {
    const rewrite = latestRewrite(changes, lines);
    const posted = postDates.get(id);
    if (!rewrite || (posted !== undefined && posted >= rewrite.date)) return [];
    return [
      `${file}: rewritten on ${rewrite.date} (${rewrite.commit}, ${rewrite.changedLines} lines changed) with no update post tagged "${id}" since; add one under updates/ in each locale`,
    ];
  });
}
