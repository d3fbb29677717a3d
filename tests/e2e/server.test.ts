import {describe, expect, inject, it} from 'vitest';

// The policy's content is unit-tested (securityHeaders.test.ts); that nginx sends the
// headers a build wrote, and that they allow its inline code, is proven on the README
// deployment (tests/build/deploy.test.ts); that no page of this build breaks them, by
// the every-page sweeps. Here: what the committed nginx rules add.
describe('the production nginx configuration', () => {
  const origin = inject('origin');

  it('compresses text, caches hashed assets for a year and revalidates HTML', async () => {
    const html = await fetch(`${origin}/`, {headers: {'accept-encoding': 'gzip'}});
    expect(html.headers.get('content-encoding')).toBe('gzip');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /<script src=([^ >]+\.js)/.exec(await html.text())![1]!;
    const asset = await fetch(`${origin}${script}`, {headers: {'accept-encoding': 'gzip'}});
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing page with a real 404 in the reader’s language', async () => {
    const english = await fetch(`${origin}/spend-insights/no-such-page`);
    expect(english.status).toBe(404);
    expect(await english.text()).toMatch(/<html[^>]*lang="?en/);
    const french = await fetch(`${origin}/fr/spend-insights/no-such-page`);
    expect(french.status).toBe(404);
    const frenchHtml = await french.text();
    expect(frenchHtml).toMatch(/<html[^>]*lang="?fr/);
    expect(frenchHtml).toContain('Page introuvable');
  });

  it('serves pages at the same path in both languages', async () => {
    for (const path of [
      '/spend-insights/resources/link-software',
      '/fr/spend-insights/resources/link-software',
      '/fr/',
    ]) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(200);
    }
  });
});
