import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { memoText } from './memo-text.ts';
import { sameRoot } from './other-forms.ts';
import { namedConcepts } from './tech-glossary.ts';

/**
 * A glossary that gives each acronym its other names (`ARP | Address Resolution Protocol | 地址解析协议`)
 * shows what its descriptions are worth as stems: "把IP地址解析为MAC地址" renders 地址解析, Address
 * Resolution, so a player who never learnt ARP reads its letters off the description (A, R: ARP, not DNS).
 * The table's own names are the dictionary: a description that shares a Chinese word (two characters), an
 * English word of the same root or, through the technical vocabulary, a translated word with the term's
 * names gives the term away, unless every option's names share it (协议 among protocols tells nothing).
 */

/** Grammar words of an expansion ("Carrier Sense Multiple Access with Collision Detection"). */
const SMALL_WORDS = new Set(['and', 'the', 'for', 'with', 'over', 'from', 'into', 'via', 'per']);

interface NameUnits {
  /** Two-character Chinese words: every pair of neighbouring characters of a Chinese name. */
  readonly han: ReadonlySet<string>;
  /** English words of three letters or more, lower case. */
  readonly latin: readonly string[];
  /** Concepts of the technical vocabulary the names spell, in either script. */
  readonly concepts: ReadonlySet<string>;
}

const latinWords = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !SMALL_WORDS.has(w));

const unitsOfName = memoText((name: string): NameUnits => {
  const han = new Set<string>();
  for (const run of name.match(/\p{Script=Han}{2,}/gu) ?? [])
    for (let k = 0; k + 2 <= run.length; k++) han.add(run.slice(k, k + 2));
  const named = namedConcepts(name);
  return { han, latin: latinWords(name), concepts: new Set([...named.han, ...named.latin.keys()]) };
});

function unitsOf(names: readonly string[]): NameUnits {
  const parts = names.map(unitsOfName);
  return {
    han: new Set(parts.flatMap((p) => [...p.han])),
    latin: parts.flatMap((p) => p.latin),
    concepts: new Set(parts.flatMap((p) => [...p.concepts])),
  };
}

/** The parts of the names a text renders, as "h:地址", "w:address", "c:network". */
export function renderedParts(names: readonly string[], text: string): Set<string> {
  const out = new Set<string>();
  const units = unitsOf(names);
  for (const pair of units.han) if (text.includes(pair)) out.add(`h:${pair}`);
  const words = latinWords(text);
  for (const w of units.latin) if (words.some((t) => sameRoot(w, t))) out.add(`w:${w}`);
  // Across scripts only: the same script is seen by its words above.
  const said = namedConcepts(text);
  const named = new Set([...said.han, ...said.latin.keys()]);
  for (const c of units.concepts) if (named.has(c)) out.add(`c:${c}`);
  return out;
}

/** Whether other names hold a part ("h:协议" in 动态主机配置协议). */
function holds(names: readonly string[], part: string): boolean {
  const units = unitsOf(names);
  const value = part.slice(2);
  if (part.startsWith('h:')) return units.han.has(value);
  if (part.startsWith('w:')) return units.latin.some((w) => sameRoot(w, value));
  return units.concepts.has(value);
}

/**
 * A which-term question whose description renders a part of the key's names that some distractor's names
 * lack; a what-is question whose key renders a part of the term's names that some distractor does not.
 */
export function rendersNames(candidate: Candidate): boolean {
  const namesOf = candidate.namesOf;
  if (!namesOf) return false;
  const stem = candidate.question.stem;
  const key = keyOf(candidate);
  const distractors = distractorsOf(candidate);
  if (optionsAreNames(candidate)) {
    const own = namesOf(key);
    if (!own) return false;
    const rendered = renderedParts(own, stem);
    return [...rendered].some((part) => distractors.some((d) => !holds(namesOf(d) ?? [], part)));
  }
  if (!optionsAreDescriptions(candidate)) return false;
  const own = namesOf(stem);
  if (!own) return false;
  const rendered = renderedParts(own, key);
  return [...rendered].some((part) => distractors.some((d) => !renderedParts(own, d).has(part)));
}
