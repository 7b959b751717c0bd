/**
 * The environment for a build started from a test or the bench. Vitest puts its own
 * `import.meta.env` into process.env (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test …), and
 * Astro would read them back as the site's: a development build at "/". Colour is off with
 * NO_COLOR (Astro's colour library turns colours on for any FORCE_COLOR, even "0").
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'FORCE_COLOR']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
