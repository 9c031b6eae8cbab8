// postinstall: generates the Prisma clients (one per database provider) from prisma/*/schema.prisma.
// `prisma generate` needs no schema engine, but the CLI insists the engine file exists; on machines that
// cannot download it, point PRISMA_SCHEMA_ENGINE_BINARY at any existing file (see README, "Offline installs").
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const schemas = readdirSync(path.join(root, 'prisma'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'prisma', d.name, 'schema.prisma')))
  .map((d) => path.join('prisma', d.name, 'schema.prisma'));
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
for (const schema of schemas) {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate', '--schema', schema],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
}
