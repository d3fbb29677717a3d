/**
 * `npm run typography:audit -- [build/fr]`: lists, page by page, where the
 * built French site lacks a no-break space (before `: ; ? !` and `»`, after
 * `«`) or keeps a straight apostrophe, and exits 1 if it does. Build first
 * (`npm run build`); the default folder is `build/fr`.
 *
 * @module
 */
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {auditBuild, formatTypographyProblem} from './audit';

const dir = resolve(process.argv[2] ?? join(__dirname, '../../build/fr'));
if (!existsSync(dir)) {
  console.error(`typography:audit: ${dir} does not exist; run npm run build first`);
  process.exitCode = 1;
} else {
  const problems = auditBuild(dir);
  for (const problem of problems) console.log(formatTypographyProblem(problem));
  console.log(
    problems.length === 0
      ? `typography:audit: no missing no-break space or straight apostrophe in ${dir}`
      : `typography:audit: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.page)).size} page(s)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
