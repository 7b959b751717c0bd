/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: self time summed
 * by where the code lives (a package under node_modules, a folder of this project, or V8's own
 * entries such as the garbage collector), and the functions with the most self time. Used by
 * `npm run bench:profile` (scripts/bench-profile.ts).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Wall time the profile covers, in ms. */
  totalMs: number;
  /** Self time per place, largest first. */
  byPlace: { place: string; ms: number }[];
  /** Self time per function (name, place and line), largest first. */
  byFunction: { name: string; ms: number }[];
}

/** `astro`, `@astrojs/mdx`, `src/lib/citations`, `(garbage collector)`, `node:internal`… */
export function placeOf(url: string, functionName: string, projectRoot: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//u, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [first, second] = path.slice(modules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? path);
  }
  if (path.startsWith('node:')) return path.split('/')[0]!;
  const inProject = path.startsWith(projectRoot) ? path.slice(projectRoot.length).replace(/^\//u, '') : path;
  // Astro's bundle of the site's pages and components.
  if (/(?:^|\/)(?:dist|\.dist-[^/]*)\/.*chunks\//u.test(inProject) || inProject.includes('/.prerender/')) return 'site pages (Astro bundle)';
  const parts = inProject.split('/');
  return parts.length > 2 ? parts.slice(0, 3).join('/') : inProject;
}

export function summarizeProfile(file: string, projectRoot: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    const place = placeOf(frame.url, frame.functionName, projectRoot);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => ({ key, ms: us / 1000 }));
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    byPlace: sorted(byPlace).map(({ key, ms }) => ({ place: key, ms })),
    byFunction: sorted(byFunction).map(({ key, ms }) => ({ name: key, ms })),
  };
}
