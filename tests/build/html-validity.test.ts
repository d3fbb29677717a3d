/**
 * RGAA 8.2 (valid code): every page of the production build, in both locales,
 * conforms to HTML as the Nu Html Checker (the W3C's validator, package vnu-jar)
 * reads it. One Java run checks every page, plus a page written wrong on
 * purpose, which proves the run reads the files and reports their errors.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {htmlFiles} from '../../scripts/typography/audit';

const buildDir = join(__dirname, '../../build');
const JAVA = process.env.JAVA ?? 'java';
/** The checker the vnu-jar package ships (its own launcher would download a Java when none is found). */
const VNU_JAR = join(
  dirname(createRequire(__filename).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

/** A heading holding a live region, as the headings' copy button once did. */
const WRONG_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Wrong</title></head>
<body><h2>Step<span role="status"></span></h2><pre><code><div>line</div></code></pre></body></html>`;

interface VnuMessage {
  readonly type: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
}

const fixtureDir = mkdtempSync(join(tmpdir(), 'html-validity-'));
afterAll(() => rmSync(fixtureDir, {recursive: true, force: true}));

/** Errors by file, `path:line: message`, relative to `dir`. */
function validate(files: readonly string[], dir: string): string[] {
  const run = spawnSync(
    JAVA,
    ['-jar', VNU_JAR, '--errors-only', '--exit-zero-always', '--format', 'json', ...files],
    {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024},
  );
  if (run.error || run.status !== 0)
    throw new Error(
      `the Nu Html Checker did not run (${run.error?.message ?? run.stderr}): it needs Java 11 or later, npm run test:setup installs it`,
    );
  const {messages} = JSON.parse(run.stderr) as {messages: VnuMessage[]};
  const base = pathToFileURL(dir).href;
  return messages
    .filter(({type}) => type === 'error' || type === 'non-document-error')
    .map(({url, lastLine, message}) => `${url.replace(`${base}/`, '')}:${lastLine}: ${message}`);
}

describe('the built HTML (RGAA 8.2)', () => {
  it('has no validation error on any page of either locale', () => {
    const pages = htmlFiles(buildDir);
    expect(pages.length).toBeGreaterThan(0);
    const wrong = join(fixtureDir, 'wrong.html');
    writeFileSync(wrong, WRONG_PAGE);
    // The wrong page's errors are reported with its path; the build's, relative to build/.
    const errors = validate([wrong, ...pages.map((page) => join(buildDir, page))], buildDir);
    const wrongErrors = errors.filter((line) => line.includes('wrong.html'));
    expect(wrongErrors.join('\n')).toMatch(/role=status/);
    expect(wrongErrors.join('\n')).toMatch(/“div” not allowed as child of element “code”/);
    expect(errors.filter((line) => !line.includes('wrong.html'))).toEqual([]);
  });
});
