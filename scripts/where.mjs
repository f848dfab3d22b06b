// Where a position of build/Code.js comes from: `node scripts/where.mjs Code:1:23456` (as Apps
// Script's stack traces and the Executions log print it) → src/…/file.ts:line:column.
// The bundle is minified without keepNames (docs/decisions.md «The bundle's size»), so the
// names in a trace are short; dist/Code.js.map, written by scripts/build.mjs, holds the way back.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const map = new SourceMap(JSON.parse(readFileSync('dist/Code.js.map', 'utf8')));
for (const arg of process.argv.slice(2)) {
  const [line, column] = arg.split(':').slice(-2).map(Number);
  const entry = map.findEntry(line - 1, column - 1);
  const source = entry.originalSource?.replace(/^(\.\.\/)+/, '') ?? '?';
  console.log(`${arg} → ${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
}
