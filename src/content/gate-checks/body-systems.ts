import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import type { DefinitionItem } from '../types.ts';

/**
 * The body's systems, as clinical notes head a disease's signs by them ("**Cardiac:** flattened T waves…",
 * "**Gastrointestinal:** decreased bowel sounds", "神经系统：…"). Asked "which system?", the findings
 * name their own system (bowel sounds are gastrointestinal): the list's layout, not the disease.
 */
const SYSTEMS = new Set([
  'cardiac',
  'cardiovascular',
  'cv',
  'heart',
  'respiratory',
  'pulmonary',
  'lungs',
  'neurologic',
  'neurological',
  'neuro',
  'neuromuscular',
  'cns',
  'muscular',
  'musculoskeletal',
  'skeletal',
  'gastrointestinal',
  'gi',
  'renal',
  'kidney',
  'kidneys',
  'genitourinary',
  'gu',
  'urinary',
  'integumentary',
  'skin',
  'dermatologic',
  'endocrine',
  'metabolic',
  'hematologic',
  'hematological',
  'immune',
  'immunologic',
  'psychiatric',
  'psychological',
  'behavioral',
  'ocular',
  'eyes',
  'ent',
  'reproductive',
  'hepatic',
  'lymphatic',
  'general',
  'constitutional',
  'other',
]);
/** "呼吸系统", "消化系统表现": a Chinese system is named as one. */
const HAN_SYSTEM = /^[\p{Script=Han}]{1,4}系统(?:表现|症状)?$/u;

const isSystem = (term: string): boolean => {
  const bare = stripMarks(term)
    .replace(/\s*(?:system|signs?|symptoms?|effects?|findings?|manifestations?)$/i, '')
    .trim();
  return SYSTEMS.has(normaliseKey(bare)) || HAN_SYSTEM.test(bare);
};

/** Per list, found once: every candidate of a list asks it. */
const verdicts = new WeakMap<readonly DefinitionItem[], boolean>();

/** A list of three or more terms, nearly all of them body systems ("general" and "other" alone are not). */
export function headsBySystem(list: readonly DefinitionItem[]): boolean {
  let known = verdicts.get(list);
  if (known === undefined) {
    known = namesSystems(list);
    verdicts.set(list, known);
  }
  return known;
}

function namesSystems(list: readonly DefinitionItem[]): boolean {
  if (list.length < 3) return false;
  const systems = list.filter((d) => isSystem(d.term));
  const named = systems.filter((d) => !/^(?:general|constitutional|other)$/i.test(stripMarks(d.term).trim()));
  return named.length >= 2 && systems.length * 4 >= list.length * 3;
}
