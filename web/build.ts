/**
 * `npm run build`: bundle the front end into web/dist with esbuild.
 *   assets/app-<hash>.js, assets/app-<hash>.css   the code and styles (minified, content-hashed)
 *   locales/<lang>-<hash>.json                   UI strings + vocabulary labels per language
 *   manifest.json                                what the server's site router links from the shell
 * Prints the gzipped size of JS + CSS and fails above the 100 KB budget.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { UN_LANGUAGES } from '../corpus/vocab/labels.js';
import { localeBundle } from './locale-bundle.js';

const WEB = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.join(WEB, 'dist');
export const BUDGET_GZIP_BYTES = 100 * 1024;

export interface WebManifest {
  js: string;
  css: string;
  favicon: string;
  locales: Record<string, string>;
  gzip: { js: number; css: number };
}

const hash = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex').slice(0, 10);

export async function buildWeb(): Promise<WebManifest> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(path.join(DIST, 'assets'), { recursive: true });
  mkdirSync(path.join(DIST, 'locales'), { recursive: true });
  const result = await build({
    entryPoints: { app: path.join(WEB, 'src/main.ts'), styles: path.join(WEB, 'src/styles.css') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome100', 'firefox100', 'safari15.4'],
    outdir: path.join(DIST, 'assets'),
    entryNames: '[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((f) => path.relative(DIST, path.resolve(f)));
  const js = outputs.find((f) => /app-[^/]+\.js$/.test(f));
  const css = outputs.find((f) => /styles-[^/]+\.css$/.test(f));
  if (!js || !css) throw new Error(`esbuild produced no app JS or CSS (${outputs.join(', ')})`);

  const favicon = readFileSync(path.join(WEB, 'static/favicon.svg'));
  const faviconName = `assets/favicon-${hash(favicon)}.svg`;
  copyFileSync(path.join(WEB, 'static/favicon.svg'), path.join(DIST, faviconName));

  const locales: Record<string, string> = {};
  for (const lang of UN_LANGUAGES) {
    const body = JSON.stringify(localeBundle(lang));
    const name = `locales/${lang}-${hash(body)}.json`;
    writeFileSync(path.join(DIST, name), body);
    locales[lang] = name;
  }
  const gz = (f: string) => gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length;
  const manifest: WebManifest = { js, css, favicon: faviconName, locales, gzip: { js: gz(js), css: gz(css) } };
  writeFileSync(path.join(DIST, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const m = await buildWeb();
  const total = m.gzip.js + m.gzip.css;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`web/dist: ${m.js} ${kb(m.gzip.js)} gz, ${m.css} ${kb(m.gzip.css)} gz, total ${kb(total)} gz (budget ${kb(BUDGET_GZIP_BYTES)})`);
  if (total > BUDGET_GZIP_BYTES) {
    console.error(`JS + CSS is ${kb(total)} gzipped, over the ${kb(BUDGET_GZIP_BYTES)} budget`);
    process.exit(1);
  }
}
