// `npm run bench`, second section: service calls of the BUILT bundle (build/Code.js) in the
// offline Apps Script fakes — the figures the bundle tests assert (test/support/service-calls.ts).
// The fakes are test code: bundled here on the fly for Node, never into the Apps Script file.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundled = await build({
  entryPoints: ['test/support/service-calls.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
const load = new Function('module', 'exports', 'require', '__dirname', bundled.outputFiles[0].text);
load(module, module.exports, createRequire(import.meta.url), process.cwd());
const { serviceCallFigures, serviceCallLines } = module.exports;

console.log('');
console.log('service calls of build/Code.js in the offline fakes');
// The project's HTML files by the name HtmlService takes (Dashboard, English, Setup).
const htmlFiles = Object.fromEntries(
  readdirSync('build')
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.slice(0, -'.html'.length), readFileSync(`build/${f}`, 'utf8')]),
);
const code = readFileSync('build/Code.js', 'utf8');
for (const line of serviceCallLines(serviceCallFigures(code, htmlFiles))) console.log(line);
