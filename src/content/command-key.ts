/** "sudo docker ps -a" → program "docker", key "docker ps": two commands with one key do the same job. */
export function commandKey(command: string): { program: string; key: string } {
  const tokens = command.trim().split(/\s+/);
  if (tokens[0] === 'sudo') tokens.shift();
  const program = tokens[0] ?? '';
  const subs: string[] = [];
  for (const t of tokens.slice(1)) {
    if (subs.length >= 2 || !/^[a-z][a-z-]*$/.test(t)) break;
    subs.push(t);
  }
  return { program, key: [program, ...subs].join(' ') };
}
