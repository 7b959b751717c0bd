/**
 * npm run full-history: makes sure the build can read every briefing's revision history. A host
 * that clones shallowly (Cloudflare Pages, actions/checkout without fetch-depth: 0) leaves only
 * the latest commits; this fetches the rest. Never fails a deploy: without the history the build
 * still builds, warns once, and each changes page says the history is missing.
 */
import { execFileSync } from 'node:child_process';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

try {
  if (git(['rev-parse', '--is-shallow-repository']) !== 'true') {
    console.log('full-history: the clone has its full history.');
  } else {
    git(['fetch', '--quiet', '--unshallow']);
    console.log('full-history: fetched the full history of this shallow clone.');
  }
} catch (error) {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  console.warn(`full-history: could not fetch the full history (${stderr || (error instanceof Error ? error.message : String(error))}); the build will say the revision histories are missing.`);
}
