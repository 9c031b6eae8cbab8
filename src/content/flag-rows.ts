/**
 * Tables of a command's options (`| tar 命令参数 | 作用 |` over `-c`, `-v`, `-f`): a row named by a flag alone
 * ("What does -f do?") asks about no command, since `-f` means something else to rm, tail and tar. The
 * first column's header often names the command; then the row is asked as "tar 命令参数 -f". A header that
 * names no command (`Option`, `参数`) leaves the flag without one, and the row is not asked that way.
 */

const FLAG = /^--?[A-Za-z0-9]/;

/** Header words that name the column, not a command: what is left once they go is the command's name. */
const GENERIC_WORDS =
  /\b(?:command|commands|cmd|options?|flags?|switch(?:es)?|parameters?|params?|arguments?|args?|short|long|name|the|of|for)\b|命令|参数|选项|指令|开关|短|长|名称|常用/gi;

export const isFlag = (name: string): boolean => FLAG.test(name.trim());

/** The command a flag column's header names (`tar 命令参数` → "tar"), or null when it names none. */
export function commandInHeader(header: string): string | null {
  const rest = header
    .replace(/`/g, '')
    .replace(GENERIC_WORDS, ' ')
    .replace(/[\s:：()（）/|-]+/g, ' ')
    .trim();
  return /[A-Za-z][A-Za-z0-9_.-]*/.test(rest) && rest.length <= 30 ? rest : null;
}

/**
 * How a row is named when asked on its own: its name, or for a flag the header and the flag (`tar 命令参数
 * -f`); null when the row is a flag of no named command.
 */
export function rowAskedAs(name: string, header: string): string | null {
  if (!isFlag(name)) return name;
  return commandInHeader(header) === null ? null : `${header} ${name}`;
}
