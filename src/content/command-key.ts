const keys = new Map<string, { program: string; key: string }>();

/**
 * Subcommands that group others ("docker image ls", "git remote add"): only after one of these is a second
 * word part of the command's name; otherwise it is an argument ("docker pull ubuntu", "docker rmi docker").
 */
const GROUPS = new Set([
  'builder',
  'buildx',
  'compose',
  'config',
  'container',
  'context',
  'image',
  'manifest',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'stack',
  'swarm',
  'system',
  'trust',
  'volume',
  'remote',
  'stash',
  'submodule',
  'worktree',
  'notes',
  'bisect',
  'cache',
]);

/** "sudo docker ps -a" → program "docker", key "docker ps": two commands with one key do the same job. */
export function commandKey(command: string): { program: string; key: string } {
  const cached = keys.get(command);
  if (cached) return cached;
  const tokens = command.trim().split(/\s+/);
  if (tokens[0] === 'sudo') tokens.shift();
  const program = tokens[0] ?? '';
  const subs: string[] = [];
  for (const t of tokens.slice(1)) {
    if (subs.length >= 2 || !/^[a-z][a-z-]*$/.test(t)) break;
    if (subs.length === 1 && !GROUPS.has(subs[0] ?? '')) break;
    subs.push(t);
  }
  const found = { program, key: [program, ...subs].join(' ') };
  if (keys.size >= 20_000) keys.clear();
  keys.set(command, found);
  return found;
}
