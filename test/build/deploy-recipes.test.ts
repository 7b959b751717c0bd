/**
 * The deploy recipes that cannot run here (GitHub Pages, Netlify, Cloudflare Pages) checked for
 * what they must say; nginx runs for real in nginx.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseHeadersFile } from '../../tools/server/headers-file.ts';
import { DIST, assertDistBuilt } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/temp-project.ts';

const read = (path: string) => readFileSync(join(PROJECT, path), 'utf8');

describe('GitHub Pages workflow', () => {
  const workflow = parse(read('.github/workflows/deploy-pages.yml')) as {
    permissions: Record<string, string>;
    jobs: { build: { steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[] }; deploy: { needs: string } };
  };
  const steps = workflow.jobs.build.steps;

  it('installs with npm ci and builds with the Pages origin and base path', () => {
    expect(steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}/' });
    expect(steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages'))).toBeLessThan(steps.indexOf(build!));
  });

  it('checks out the full history, which the changes pages are built from', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with).toMatchObject({ 'fetch-depth': 0 });
  });

  it('uploads dist/ and deploys it with the permissions Pages needs', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});

describe('netlify.toml', () => {
  const toml = read('netlify.toml');
  it('builds with npm run build, publishes dist/ and passes the site URL', () => {
    expect(toml).toMatch(/^\s*publish = "dist"$/mu);
    expect(toml).toMatch(/^\s*command = "npm run full-history && SITE_URL=\$\{SITE_URL:-\$URL\} npm run build"$/mu);
    expect(toml).toMatch(/^\s*NODE_VERSION = "24"$/mu);
  });
});

describe('dist/_headers within Cloudflare Pages limits', () => {
  it('has at most 100 rules and no header line over 2,000 characters', () => {
    assertDistBuilt();
    const text = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(parseHeadersFile(text).length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

describe('README', () => {
  it('documents every recipe and both variables', () => {
    const readme = read('README.md');
    for (const needle of ['SITE_URL', 'BASE_PATH', 'GitHub Pages', 'netlify.toml', 'Cloudflare Pages', 'deploy/nginx.conf', '_headers']) {
      expect(readme, needle).toContain(needle);
    }
  });
});
