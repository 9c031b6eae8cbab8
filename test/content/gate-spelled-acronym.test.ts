import { describe, expect, it } from 'vitest';
import { spellsOut } from '../../src/content/gate-checks/spelled-acronym.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * Glossaries of abbreviations write each acronym's English name into its definition; asked beside that
 * name, an acronym is found by its initials. Each case: the question dropped, then a near miss kept.
 */
const CASES: readonly (readonly [string, Spec, Spec])[] = [
  [
    'the description spells the key acronym (Chinese glossary)',
    {
      origin: 'definition-reverse',
      stem: 'Traffic Specification，流量规范（为 802.11 QoS 指明流量参数的一个结构）',
      options: ['TSPEC', 'TKIP', 'TXOP', 'TTL'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '流量规范（为 802.11 QoS 指明流量参数的一个结构）',
      options: ['TSPEC', 'TKIP', 'TXOP', 'TTL'],
      lang: 'zh',
    },
  ],
];

describe('an acronym is not asked beside its own spelled-out name', () => {
  for (const [name, dropped, kept] of CASES) {
    it(name, () => {
      expect(judge(dropped)).toBe('spelled-acronym');
      expect(judge(kept)).not.toBe('spelled-acronym');
    });
  }

  it('reads a name whose words lend more letters, or whose small words lend one', () => {
    expect(spellsOut('Unequal Modulation，不平等调制', 'UEQM')).toBe(true);
    expect(spellsOut('Multilink Maximum Received Reconstructed Unit', 'MRRU')).toBe(true);
    expect(spellsOut('Quality of Service: traffic classes', 'QoS')).toBe(true);
    expect(spellsOut('a different modulation for each stream', 'UEQM')).toBe(false);
    // One word alone, or the acronym itself, is no expansion.
    expect(spellsOut('Industrial', 'IDS')).toBe(false);
    expect(spellsOut('VPC Peering', 'VPC')).toBe(false);
  });

  it('takes neither a lower-case phrase nor one capitalised word for a name (PATCH, PTR)', () => {
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'What is “PATCH”?',
        options: [
          'applies a partial change to the resource',
          'replaces the resource at the URL',
          'removes the resource at the URL',
        ],
      }),
    ).not.toBe('spelled-acronym');
    expect(
      judge({
        origin: 'definition-reverse',
        stem: 'VPC Summary: connects thousands of VPC and on-premises networks',
        options: ['Transit Gateway', 'VPC Peering', 'NAT Gateway'],
      }),
    ).not.toBe('spelled-acronym');
  });
});
