/**
 * Every package the code imports is declared in package.json, not merely installed because
 * something else depends on it (d3-scale arrived through d3; a d3 release that dropped it would
 * have broken the build with nothing in package.json to say why). Imports are read with the
 * TypeScript parser from every source file of the project: src/, scripts/, tools/, test/ and the
 * configs, the frontmatter and scripts of .astro files included.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FONTS_ALIAS } from '../../src/integrations/site-fonts.ts';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|mjs|js|astro)$/u.test(name) ? [path] : [];
  });
}

/** The TypeScript inside a file: all of it, or an .astro file's frontmatter and <script> elements. */
function scriptsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return [text];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
  return [frontmatter, ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((match) => match[1] ?? '')];
}

interface Import {
  specifier: string;
  typeOnly: boolean;
  file: string;
}

/** Module specifiers a script imports: import/export declarations, import(), require(), X.resolve('…'), import('…') types. */
function importsOf(code: string, file: string): Import[] {
  const found: Import[] = [];
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? (node.importClause?.isTypeOnly ?? false) : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, file });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, file });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [first] = node.arguments;
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      // require.resolve('x'), createRequire(…).resolve('x'), import.meta.resolve('x'); not path.resolve('dist').
      const isResolve = ts.isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && (!ts.isIdentifier(callee.expression) || callee.expression.text === 'require');
      if ((isImport || isRequire || isResolve) && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) found.push({ specifier: first.text, typeOnly: false, file });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** "d3-scale/x" → "d3-scale", "@astrojs/mdx/container-renderer" → "@astrojs/mdx"; undefined for relative, node: and virtual (astro:) modules. */
function packageOf(specifier: string): string | undefined {
  if (/^(?:\.|\/|node:|astro:|virtual:)/u.test(specifier) || builtinModules.includes(specifier)) return undefined;
  // The fonts the build makes, imported through the alias its integration defines.
  if (specifier.startsWith(`${FONTS_ALIAS}/`)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

/** Whether an installed package ships its own type declarations. */
function shipsTypes(name: string): boolean {
  const folder = join(ROOT, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { types?: string; typings?: string; exports?: unknown };
  return Boolean(manifest.types ?? manifest.typings) || existsSync(join(folder, 'index.d.ts')) || JSON.stringify(manifest.exports ?? {}).includes('"types"');
}

const files = [...['src', 'scripts', 'tools', 'test'].flatMap((folder) => sourceFiles(join(ROOT, folder))), join(ROOT, 'astro.config.mjs'), join(ROOT, 'vitest.config.ts')];
const imports = files.flatMap((file) => scriptsOf(file).flatMap((code) => importsOf(code, relative(ROOT, file))));

describe('package.json', () => {
  it('finds the imports it checks (the scanner works)', () => {
    const specifiers = new Set(imports.map((found) => found.specifier));
    for (const expected of ['astro:content', 'd3-scale', 'vitest', 'world-atlas/countries-50m.json', 'mdast']) expect(specifiers, expected).toContain(expected);
  });

  it('declares every package the code imports, and the @types package of each one imported for its types', () => {
    const missing = new Set<string>();
    for (const found of imports) {
      const name = packageOf(found.specifier);
      if (!name) continue;
      if (found.typeOnly && !existsSync(join(ROOT, 'node_modules', name, 'package.json'))) {
        // A types-only package: `import type { Root } from 'mdast'` is satisfied by @types/mdast.
        if (!declared.has(typesPackage(name))) missing.add(`${typesPackage(name)} (types of "${found.specifier}", imported in ${found.file})`);
        continue;
      }
      if (!declared.has(name)) missing.add(`${name} (imported as "${found.specifier}" in ${found.file})`);
      else if (!shipsTypes(name) && existsSync(join(ROOT, 'node_modules', typesPackage(name))) && !declared.has(typesPackage(name))) {
        missing.add(`${typesPackage(name)} (types of "${name}", imported in ${found.file})`);
      }
    }
    expect([...missing].sort(), 'add them with npm install --save(-dev) --save-exact=false <name>').toEqual([]);
  });

  it('pins Pagefind exactly: the build relies on an unstable option of it', () => {
    expect(pkg.dependencies.pagefind ?? pkg.devDependencies.pagefind).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
