import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { kindOf } from '../../src/content/gate-checks/glossary-kinds.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * A long A–Z glossary table mixes every kind of thing a field names; asked among its neighbours, a term
 * is found by ruling out the other kinds. Fixtures written for these tests.
 */
const table = (rows: readonly (readonly [string, string])[]) =>
  `# Glossary\n\n| Term | Definition |\n|---|---|\n${rows.map(([t, d]) => `| ${t} | ${d} |`).join('\n')}\n`;

const MIXED: readonly (readonly [string, string])[] = [
  ['botnet', 'Group of compromised hosts controlled remotely by an attacker.'],
  ['bottleneck', 'Component that limits the throughput of a whole system.'],
  ['bridge', 'Intermediate device that joins two network segments at layer 2.'],
  ['brute force', 'Type of password attack that tries every possible combination.'],
  ['baseline', 'Record of normal resource use against which changes are measured.'],
  ['bandwidth', 'Amount of data a link can carry in a given time.'],
  ['beacon', 'Frame an access point broadcasts to announce its network.'],
  ['BGP', 'Routing protocol that exchanges reachability between autonomous systems.'],
  ['blackhole', 'Route that silently discards the traffic sent to it.'],
  ['bluejacking', 'Practice of sending unsolicited messages over Bluetooth.'],
  ['broadcast domain', 'Segment in which a broadcast frame reaches every node.'],
  ['buffer', 'Memory area that holds data waiting to be sent.'],
];

const ATTACKS: readonly (readonly [string, string])[] = [
  ['brute force', 'Type of password attack that tries every possible combination.'],
  ['dictionary attack', 'Type of password attack that tries words from a list.'],
  ['phishing', 'Social engineering attack that lures a user with a forged message.'],
  ['spoofing', 'Network attack that forges the source address of traffic.'],
  ['on-path attack', 'Network attack that relays and alters traffic between two hosts.'],
  ['vishing', 'Social engineering attack carried out over the phone.'],
  ['smishing', 'Social engineering attack carried out by text message.'],
  ['DoS', 'Network attack that exhausts a service so it cannot answer.'],
  ['replay attack', 'Network attack that resends captured traffic.'],
  ['tailgating', 'Physical attack that follows an employee through a secured door.'],
  ['whaling', 'Social engineering attack aimed at senior executives.'],
  ['rainbow table', 'Type of password attack that looks hashes up in a precomputed table.'],
];

const asked = (rows: readonly (readonly [string, string])[]) =>
  buildDeck([{ path: 'glossary.md', text: table(rows) }]).questions.filter(
    (q) => isAutoGraded(q) && q.kind === 'definition',
  );

describe('a long glossary table asks a term only among terms of its kind', () => {
  it('reads the kind a definition opens with', () => {
    expect(kindOf('Type of password attack that tries every combination.')).toBe('attack');
    expect(kindOf('Metric determining the trustworthiness of routes.')).toBe('metric');
    expect(kindOf('High availability cluster configuration where all nodes work.')).toBe('configuration');
    expect(kindOf('Lists of cryptographic algorithms that a server supports.')).toBe('list');
  });

  it('asks none where every neighbour is another kind of thing', () => {
    expect(asked(MIXED)).toEqual([]);
  });

  it('asks where the neighbours are of the key’s kind (near miss)', () => {
    const questions = asked(ATTACKS);
    expect(questions.length).toBeGreaterThan(0);
  });
});
