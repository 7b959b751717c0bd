import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();

const PAGES = ['', 'briefings/', 'briefings/why-the-threat-outlived-the-caliphate/', 'sources/', 'sources/nyt-costa-clarke-2024/', 'about/', 'guide/', 'no-such-page/'];

describe('pages under the Content-Security-Policy of dist/_headers', () => {
  for (const path of PAGES) {
    it(`/${path} loads its styles and scripts with no CSP violation`, async () => {
      const page = await chromium.browser.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { violations: string[] };
        w.violations = [];
        document.addEventListener('securitypolicyviolation', (event) => w.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      const response = await page.goto(`${chromium.site.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(path === 'no-such-page/' ? 404 : 200);
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/u);
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
      // The stylesheet applied: the skip link is moved off-screen by global.css.
      const top = await page.locator('.skip-link').evaluate((element) => getComputedStyle(element).position);
      expect(top).toBe('absolute');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(failed).toEqual([]);
      await page.close();
    });
  }

  it('blocks an injected inline script (the policy is really enforced)', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(chromium.site.url);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      // An allowed inline script runs synchronously during append.
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
