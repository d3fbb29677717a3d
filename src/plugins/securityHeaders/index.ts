import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  NGINX_ASSET_HEADERS_FILE,
  NGINX_HEADERS_FILE,
  nginxHeaders,
  securityHeaders,
  STATIC_HOST_HEADERS_FILE,
  staticHostHeaders,
} from './headers';
import {inlineCodeOfBuild} from './inlineCode';

/**
 * The root of the whole site's output (`build/`) from a locale's output
 * (`build/fr/`), which Docusaurus places at the locale's base URL.
 */
export function siteRootOf(outDir: string, context: Pick<LoadContext, 'baseUrl' | 'i18n'>): string {
  const {baseUrl, i18n} = context;
  const rootBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
  const localePath = baseUrl.startsWith(rootBaseUrl) ? baseUrl.slice(rootBaseUrl.length) : '';
  const depth = localePath.split('/').filter(Boolean).length;
  return resolve(outDir, ...Array<string>(depth).fill('..'));
}

/**
 * Writes the security headers of the site, with a Content-Security-Policy
 * that allows by hash exactly the inline code of the pages just built, to
 * `nginx-headers.conf` and `nginx-asset-headers.conf` (included by
 * deploy/nginx/) and `_headers` (static hosts and CDNs) at the root of the
 * build.
 *
 * Docusaurus builds one locale after the other, the default one first into an
 * emptied `build/`: after each locale the plugin rescans every page under the
 * root, so the files written after the last locale cover them all (404 pages
 * included), and a single-locale build covers what is then in `build/`.
 */
export default function securityHeadersPlugin(context: LoadContext): Plugin {
  return {
    name: 'security-headers',
    postBuild({outDir}) {
      const root = siteRootOf(outDir, context);
      const {pages, hashes, problems} = inlineCodeOfBuild(root);
      if (problems.length > 0) {
        throw new Error(
          `[${context.i18n.currentLocale}] inline code the Content-Security-Policy cannot allow:\n- ${problems.join('\n- ')}`,
        );
      }
      const headers = securityHeaders(hashes);
      for (const file of [NGINX_HEADERS_FILE, NGINX_ASSET_HEADERS_FILE] as const) {
        writeFileSync(join(root, file), nginxHeaders(headers, pages, file));
      }
      writeFileSync(join(root, STATIC_HOST_HEADERS_FILE), staticHostHeaders(headers, pages));
      const count = (kind: string) =>
        [...hashes.values()].filter((code) => code.kind === kind).length;
      console.log(
        `[INFO] [${context.i18n.currentLocale}] Security headers: ${count('script')} inline script(s), ${count('style')} style element(s) and ${count('style-attribute')} style attribute(s) allowed by hash, from ${pages} pages, in ${NGINX_HEADERS_FILE}, ${NGINX_ASSET_HEADERS_FILE} and ${STATIC_HOST_HEADERS_FILE}.`,
      );
    },
  };
}
