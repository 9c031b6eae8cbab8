const keys = new Map<string, { program: string; key: string }>();

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
    subs.push(t);
  }
  const found = { program, key: [program, ...subs].join(' ') };
  if (keys.size >= 20_000) keys.clear();
  keys.set(command, found);
  return found;
}
