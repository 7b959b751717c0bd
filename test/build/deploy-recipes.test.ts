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

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
}
interface Job {
  needs?: string | string[];
  steps?: Step[];
}

describe('GitHub Pages workflow', () => {
  const workflow = parse(read('.github/workflows/deploy-pages.yml')) as { permissions: Record<string, string>; jobs: Record<string, Job> & { build: Job & { steps: Step[] }; deploy: Job } };
  const steps = workflow.jobs.build.steps;
  const needs = (job: Job) => [job.needs ?? []].flat();
  /** Every job that must succeed before this one runs, directly or through another. */
  const before = (name: string): string[] => needs(workflow.jobs[name]!).flatMap((other) => [other, ...before(other)]);
  /** The jobs that run the README's test command (`npm test`, directly or through .ci/run, which runs it). */
  const testJobs = Object.entries(workflow.jobs)
    .filter(([, job]) => job.steps?.some((step) => /^(?:npm test|npm run test|\.ci\/run)\b/mu.test(step.run ?? '')))
    .map(([name]) => name);

  it('runs the full test suite, and deploys only after it passed', () => {
    expect(testJobs.length, 'a job runs npm test').toBeGreaterThan(0);
    // Either the job that builds the artifact runs the tests before uploading, or it waits for a job that does.
    const buildTests = testJobs.includes('build')
      ? steps.findIndex((step) => /^(?:npm test|\.ci\/run)\b/mu.test(step.run ?? '')) < steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact'))
      : testJobs.some((job) => before('build').includes(job));
    expect(buildTests, 'the Pages artifact is uploaded only after the tests passed').toBe(true);
    expect(before('deploy')).toContain('build');
  });

  it('checks out the full history in every job (pages are built from it)', () => {
    const checkouts = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).filter((step) => step.uses?.startsWith('actions/checkout')));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['fetch-depth']).toBe(0);
  });

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
  it('builds with npm run build into a plain folder, publishes dist/ and passes the site URL', () => {
    expect(toml).toMatch(/^\s*publish = "dist"$/mu);
    // --no-link: the host uploads dist/ from a fresh checkout, and its uploader need not follow a link.
    expect(toml).toMatch(/^\s*command = "npm run full-history && SITE_URL=\$\{SITE_URL:-\$URL\} npm run build -- --no-link"$/mu);
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
  const readme = read('README.md');
  it('documents every recipe and both variables', () => {
    for (const needle of ['SITE_URL', 'BASE_PATH', 'GitHub Pages', 'netlify.toml', 'Cloudflare Pages', 'deploy/nginx.conf', '_headers']) {
      expect(readme, needle).toContain(needle);
    }
  });

  it('says that dist is a link, to be copied through (rsync -L, cp -rL), and gives Cloudflare Pages a plain folder', () => {
    expect(readme).toMatch(/rsync -a?L/u);
    expect(readme).toContain('cp -rL');
    expect(readme).toMatch(/\| Build command \| `npm run full-history && npm run build -- --no-link` /u);
  });

  it('documents HSTS for operators: on for an https SITE_URL, and how to turn it off', () => {
    expect(readme).toContain('Strict-Transport-Security');
    expect(readme).toMatch(/HSTS=off/u);
  });
});

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf');
  it('copies dist/ through the link', () => {
    expect(conf).toMatch(/rsync -aL --delete dist\/ /u);
  });
});
