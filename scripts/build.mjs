// The build: compiles src/ and adapters/ to dist/ (what bin/notequiz.js runs), after the Prisma clients
// exist. Run by `npm install` (postinstall) and `npm test`, so the README's two commands need no other step.
// Node runs the output as it is: no TypeScript at run time, so start-up does not pay for a transpiler.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // A production install (`npm ci --omit=dev`) has no compiler: it must ship a dist/ built beforehand.
  if (existsSync(path.join(dist, 'src', 'cli.js'))) process.exit(0);
  console.error(
    'build: typescript is not installed and dist/ is missing: run `npm install` with dev dependencies',
  );
  process.exit(1);
}
// A fresh dist/ each time: a deleted source file must not live on as a stale .js.
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
