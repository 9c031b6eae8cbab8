import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * Cheat sheets kept as runnable shell code, a comment on each line saying what it does, are command
 * tables: asked both ways, framed in the players' language. Fixtures written for these tests.
 */
const CHEAT = `# Docker cheat sheet

## Containers

\`\`\`bash
docker ps            # list running containers
docker ps -a         # list all containers, stopped ones too
docker stop web      # stop a running container
docker logs -f web   # follow a container's output
docker exec -it web sh   # open a shell inside a running container
\`\`\`
`;

const SCRIPT = `# Deploy

## The deploy script

\`\`\`bash
set -euo pipefail   # stop at the first error
cd /srv/app
git pull --ff-only
npm ci
npm run build
systemctl restart app   # pick up the new build
curl -fsS localhost:8080/healthz
\`\`\`
`;

const C_CODE = `# C

## Includes

\`\`\`c
#include <stdio.h>   # the standard I/O header
int x = 1;           # a counter
int y = 2;           # another counter
int z = 3;           # a third counter
\`\`\`
`;

const graded = (text: string) => buildDeck([{ path: 'note.md', text }]).questions.filter(isAutoGraded);

describe('commented shell lines as a command table', () => {
  it('asks which command does what a comment says, and what a command does, without an invented header', () => {
    const questions = graded(CHEAT);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.kind).toBe('table-row');
      expect(['which-command', 'row-cell']).toContain(q.frame?.kind);
      if (q.frame?.kind === 'row-cell') expect(q.frame.header).toBe('');
    }
    const byDescription = questions.find((q) => q.frame?.kind === 'which-command');
    const rowOf = (q: (typeof questions)[number]): string | undefined => q.options[q.correctIndex ?? -1];
    if (byDescription) expect(rowOf(byDescription)).toMatch(/^docker /);
  });

  it('leaves a script with a comment here and there, and C code, alone (near misses)', () => {
    expect(graded(SCRIPT).filter((q) => q.kind === 'table-row')).toEqual([]);
    expect(graded(C_CODE).filter((q) => q.kind === 'table-row')).toEqual([]);
  });
});

const TASK_FIRST = (commandHeader: string): string => `# Linux

## System

| Action | ${commandHeader} |
| --- | --- |
| Print all system information | \`uname -a\` |
| Print the kernel release | \`uname -r\` |
| Show how long the system has been running | \`uptime\` |
| Show the current date and time | \`date\` |
| Show this month's calendar | \`cal\` |
`;

describe('a task-first command table (| Action | Command |)', () => {
  it('is read command first: which command does a task, which task a command does', () => {
    const questions = graded(TASK_FIRST('Command'));
    const keys = questions.map((q) => q.options[q.correctIndex ?? -1] ?? '');
    const commandKeys = questions.filter((q) => q.frame?.kind === 'which-row');
    expect(commandKeys.length).toBeGreaterThan(0);
    for (const q of commandKeys)
      expect(q.options[q.correctIndex ?? -1]).toMatch(/^`?(uname|uptime|date|cal)/);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('keeps a table whose second column is no command in the order written (near miss)', () => {
    const questions = graded(TASK_FIRST('Example'));
    for (const q of questions.filter((x) => x.frame?.kind === 'which-row'))
      expect(q.options[q.correctIndex ?? -1]).not.toMatch(/^`?(uname|uptime|date|cal)/);
  });
});

describe('a plain block of commented config lines', () => {
  it('is no command table (near miss: resolv.conf is not a cheat sheet)', () => {
    const note = `# DNS\n\n## Resolver\n\n\`\`\`\nnameserver 192.168.1.1   # the office resolver\nnameserver 8.8.8.8       # a public fallback\nsearch corp.example      # try this domain first\n\`\`\`\n`;
    expect(graded(note).filter((q) => q.kind === 'table-row')).toEqual([]);
  });
});
