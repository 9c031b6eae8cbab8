import { type Candidate, distractorsOf, keyOf, optionsAreNames } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan } from '../text-normalise.ts';
import { BLANKS } from './form-tells.ts';
import { type GateCheck, isAuthored, shownOrAlone, shownText } from './gate-check.ts';
import { memoText } from './memo-text.ts';
import { echoedBy, stemWordsOf } from './other-forms.ts';
import { conceptsOf, identifierWords, namedConcepts, sharedConcepts } from './tech-glossary.ts';

/**
 * The key echoes the stem where no distractor does, in ways a plain word match misses: a translation
 * ("延迟队列" and DelayQueue, "拷贝" and `docker cp`), a shared Chinese character ("回退" and "回滚"), an
 * identifier's parts ("message" and onmessage), an abbreviation ("Pointer" and PTR, "concatenate" and
 * cat, "changes the owner" and chown), an acronym of translated words ("虚拟机" and JVM). A player picks
 * the option that sounds like the question; the notes were not needed.
 */

/** Chinese characters that carry no topic: grammar, counting, question words. */
const FUNCTION_HAN = new Set([
  ...'的是了在和与或及其一个中为有不可以等这那来用把被将对于从到也就都而并且如何什么哪些会能要让使得所之上下内外时后前里吗呢吧啊种些各每该此其他它们我你您他她被已经还没再很更最又',
]);

/** The topic characters of a text (Han only). */
const hanOf = memoText((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const ch of text.match(/\p{Script=Han}/gu) ?? []) if (!FUNCTION_HAN.has(ch)) out.add(ch);
  return out;
});

/** Latin words of the stem long enough to be abbreviated (identifiers split). */
const stemWords = memoText((text: string): readonly string[] =>
  identifierWords(text).filter((w) => w.length >= 4),
);

/**
 * A short name made from the stem's words: its letters in order inside one word, first letter first
 * ("ptr" in pointer, "cat" in concatenate), or its pieces the starts of words in a row ("ch"+"own").
 */
function abbreviates(token: string, words: readonly string[]): boolean {
  if (token.length < 2 || token.length > 6) return false;
  for (const w of words)
    if (w.length > token.length && w[0] === token[0] && isSubsequence(token, w)) return true;
  for (let i = 0; i < words.length; i++) if (piecesFrom(token, words, i)) return true;
  return false;
}

function isSubsequence(needle: string, hay: string): boolean {
  let k = 0;
  for (const ch of hay) if (ch === needle[k]) k++;
  return k === needle.length;
}

/** The token is two or more word starts (each of two letters or more) of the words from `i` on. */
function piecesFrom(token: string, words: readonly string[], i: number, pieces = 0): boolean {
  if (token === '') return pieces >= 2;
  const w = words[i];
  if (w === undefined) return false;
  // Each piece is a short form of its word: its first letter, then letters of it in order ("mk", "dir").
  for (let n = Math.min(token.length, w.length); n >= 2; n--) {
    const piece = token.slice(0, n);
    if (w[0] === piece[0] && isSubsequence(piece, w) && piecesFrom(token.slice(n), words, i + 1, pieces + 1))
      return true;
  }
  return false;
}

/**
 * An option that is itself a short name ("cp", "PTR", "chown", a function as called: "MIN()"): it may
 * abbreviate the stem's words.
 */
function shortName(option: string): string | null {
  const plain = stripMarks(option).trim().replace(/\(\)$/, '');
  return /^[A-Za-z][A-Za-z0-9]{1,6}$/.test(plain) ? plain.toLowerCase() : null;
}

/** What an option shares with the stem, as named features (concepts, characters, abbreviations). */
function featuresShared(stem: string, option: string): Set<string> {
  const out = new Set<string>();
  sharedConcepts(namedConcepts(stem), namedConcepts(option), out);
  const stemHan = hanOf(stem);
  for (const ch of hanOf(option)) if (stemHan.has(ch)) out.add(`h:${ch}`);
  const words = stemWords(stem);
  const name = shortName(option);
  if (name !== null && abbreviates(name, words)) out.add(`t:${name}`);
  if (acronymOfTranslation(stem, option)) out.add('t:acronym');
  return out;
}

/** A capitals name ("JVM") holding the initials of two concepts the stem names in a row ("虚拟机"). */
function acronymOfTranslation(stem: string, option: string): boolean {
  const acronyms = stripMarks(option).match(/\b[A-Z]{2,6}\b/g);
  if (!acronyms || !hasHan(stem)) return false;
  const han = conceptsOf(stem)
    .filter((m) => m.end >= 0)
    .sort((a, b) => a.end - b.end);
  for (let k = 0; k + 1 < han.length; k++) {
    const pair = `${han[k]?.concept[0]}${han[k + 1]?.concept[0]}`.toUpperCase();
    if (han[k]?.concept !== han[k + 1]?.concept && acronyms.some((a) => a.includes(pair))) return true;
  }
  return false;
}

/**
 * The key shares something with the stem that no distractor shares, or shares twice as much as the best
 * of them. What every option shares (the family's "Queue", the program's "docker") does not count.
 */
export function keyEchoesStem(stem: string, rawKey: string, rawDistractors: readonly string[]): boolean {
  if (rawDistractors.length === 0) return false;
  const options = [rawKey, ...rawDistractors];
  const compared = commandWords(options);
  if (echoAmong(stem, compared)) return true;
  // A command table's lines carry flags and placeholders ("kubectl get svc -A", "kubectl logs NAME"): the
  // whole line is judged above (the placeholder IMAGE may echo 镜像), its job word here (svc and Service).
  const jobs = jobWords(options);
  if (jobs === null) return false;
  return jobs.some((j, k) => j !== compared[k]) && echoAmong(stem, jobs);
}

/** The first option is the key: it shares with the stem what no distractor shares (see keyEchoesStem). */
function echoAmong(stem: string, options: readonly string[]): boolean {
  const [key, ...distractors] = options;
  if (key === undefined) return false;
  const text = stem.replace(BLANKS, ' ');
  const mine = featuresShared(text, key);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => featuresShared(text, d));
  // What a distractor shares too (the family's "Queue", the program's "docker") says nothing of the key.
  const only = [...mine].filter((f) => !theirs.some((t) => t.has(f)));
  // A translation or abbreviation only the key has: the player maps it and is done (优先 → Priority…).
  if (only.some(strong)) return true;
  // The key translates more of the stem than any distractor ("在队头插入": addFirst, not addLast).
  const strongCount = (set: ReadonlySet<string>): number => [...set].filter(strong).length;
  const mineStrong = strongCount(mine);
  if (mineStrong >= 2 && theirs.every((t) => strongCount(t) < mineStrong)) return true;
  if (only.length === 0) return false;
  const best = Math.max(...theirs.map((t) => [...t].filter((f) => !mine.has(f)).length));
  return best === 0 || (only.length >= 2 && only.length > 2 * best);
}

const strong = (feature: string): boolean => feature.startsWith('t:');

/** The description names its own term in part ("回滚：…回退…", onopen: "…is opened"), its full name aside. */
function describedByOwnName(name: string, description: string): boolean {
  const plain = stripMarks(name);
  const rest = description.split(plain).join(' ');
  return featuresShared(rest, plain).size > 0 || echoedBy(plain, stemWordsOf(rest)).size > 0;
}

/**
 * Names whose descriptions each repeat their own name (every recovery method described with its own
 * words, every event with its verb): then what the key alone shares with the stem is no chance, and the
 * player matches words, not facts, even where a distractor shares as much else with the stem by chance.
 * Needs the notes' description of each distractor, at least two of them, two in three repeating their
 * names.
 */
export function listEchoesNames(candidate: Candidate): boolean {
  const describe = candidate.descriptionOf;
  if (!describe || !optionsAreNames(candidate)) return false;
  const stem = shownText(candidate).replace(BLANKS, ' ');
  const key = stripMarks(keyOf(candidate));
  const distractors = distractorsOf(candidate).map(stripMarks);
  if (distractors.length < 2) return false;
  const mine = featuresShared(stem, key);
  for (const w of echoedBy(key, stemWordsOf(stem))) mine.add(`w:${w}`);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => {
    const found = featuresShared(stem, d);
    for (const w of echoedBy(d, stemWordsOf(stem))) found.add(`w:${w}`);
    return found;
  });
  // What the key alone shares counts where no distractor shares more (the list's habit makes a single
  // character telling; a distractor sharing a whole word with the stem is a lure as strong).
  const only = [...mine].filter((f) => !theirs.some((t) => t.has(f)));
  const best = Math.max(...theirs.map((t) => [...t].filter((f) => !mine.has(f)).length));
  if (only.length === 0 || only.length < best) return false;
  let repeating = 0;
  for (const d of distractors) {
    const own = describe(d);
    if (own !== undefined && describedByOwnName(d, own)) repeating++;
  }
  return repeating >= 2 && repeating * 3 >= distractors.length * 2;
}

/**
 * Commands of one program ("docker load", "docker image prune") by their last word, the one that names
 * the job: that the key and a distractor both touch images says less than "加载" naming `load`.
 */
function commandWords(options: readonly string[]): string[] {
  const prefix = commonPrefix(options);
  // SIGINT, SIGTERM, SIGKILL: the family's prefix says nothing, the rest ("INT") may abbreviate.
  if (prefix.length >= 2 && options.every((o) => /^[A-Za-z0-9]+$/.test(o) && o.length > prefix.length + 1))
    return options.map((o) => o.slice(prefix.length));
  return jobWordsOf(options, (o) => o.trim()) ?? [...options];
}

/** A program and one or two words after it: "docker load", "docker image prune". */
const commandLike = (o: string): boolean => /^[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){1,2}$/.test(o);

/** Each option's last word, when every option read by `head` is a command of one program, else null. */
function jobWordsOf(options: readonly string[], head: (option: string) => string): string[] | null {
  const program = /^([a-z][a-z0-9-]*)\s+\S/.exec(options[0] ?? '')?.[1];
  if (!program) return null;
  const heads = options.map(head);
  if (!options.every((o, k) => o.startsWith(`${program} `) && commandLike(heads[k] ?? ''))) return null;
  return heads.map((h) => h.split(' ').pop() ?? h);
}

/** Placeholders a command line names its operands with: NAME, IMAGE, <file>, [options]. */
const PLACEHOLDER = /^(?:[A-Z][A-Z0-9_]*|<[^>]*>|\[[^\]]*\])$/;

/** A command line up to its first flag, placeholders left out: "kubectl get svc -A" → "kubectl get svc". */
function commandHead(option: string): string {
  const words: string[] = [];
  for (const token of stripMarks(option).trim().split(/\s+/)) {
    if (token.startsWith('-')) break;
    if (!PLACEHOLDER.test(token)) words.push(token);
  }
  return words.join(' ');
}

/** Command lines by their job words, flags and placeholders aside; null when they are not such lines. */
const jobWords = (options: readonly string[]): string[] | null => jobWordsOf(options, commandHead);

function commonPrefix(options: readonly string[]): string {
  let prefix = options[0] ?? '';
  for (const o of options) while (!o.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** "FIFO：…", "NRU（Not Recently Used）…": the description opens with its own subject's short name. */
export function opensWithAbbreviation(stem: string): boolean {
  return /^\s*(?:>\s*)?[A-Z][A-Z0-9]{1,7}\s*[:：（(]/.test(stem);
}

const generated = (candidate: Candidate): boolean => !isAuthored(candidate);

export const ECHO_CHECKS: readonly GateCheck[] = [
  {
    code: 'key-in-stem',
    reads: 'stem',
    fails: (candidate) =>
      generated(candidate) &&
      optionsAreNames(candidate) &&
      candidate.origin !== 'command' &&
      opensWithAbbreviation(candidate.question.stem),
  },
  {
    code: 'key-echoes-stem',
    reads: 'options',
    fails: (candidate) => {
      if (!generated(candidate)) return false;
      const key = keyOf(candidate);
      const distractors = distractorsOf(candidate);
      return (
        shownOrAlone(candidate, (text) => keyEchoesStem(text, key, distractors)) ||
        kindEchoed(candidate.question.stem, key, distractors) ||
        listEchoesNames(candidate)
      );
    },
  },
];

/**
 * A Chinese description ends with the kind of thing it describes ("…社会成本的税收"): a key that alone
 * carries a character of that kind (矫正税 among 科斯定理, 交易成本) is told by it.
 */
function kindEchoed(stem: string, key: string, distractors: readonly string[]): boolean {
  const kind = /的([\p{Script=Han}]{1,4})[。.]?\s*$/u.exec(stem)?.[1];
  if (kind === undefined) return false;
  const carries = (option: string): boolean => [...kind].some((ch) => option.includes(ch));
  return carries(key) && !distractors.some(carries);
}
