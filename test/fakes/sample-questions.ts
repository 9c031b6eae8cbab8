import type { Question, QuestionKind } from '../../src/content/question.ts';

/**
 * A small hand-written question bank for tests across the project: two decks, nested sections, English
 * and Chinese, auto-graded kinds and flashcards. Every auto-graded question's correct option is index 0
 * except where noted, so tests can answer right or wrong without looking.
 */
function q(
  id: string,
  kind: QuestionKind,
  sectionPath: readonly string[],
  stem: string,
  options: readonly string[],
  correctIndex: number | null,
  answer: string,
  extra: { lang?: 'en' | 'zh'; file?: string; line?: number } = {},
): Question {
  const file = extra.file ?? 'docker.md';
  return {
    id,
    cardId: `card-${id}`,
    deck: file.replace(/\.md$/, ''),
    kind,
    lang: extra.lang ?? 'en',
    stem,
    options,
    correctIndex,
    answer,
    source: { file, line: extra.line ?? 1 },
    sectionPath,
    tags: [],
  };
}

export const SAMPLE_QUESTIONS: readonly Question[] = [
  q(
    'q-docker-ps',
    'command',
    ['Docker', 'Containers', 'List containers'],
    'Which command lists running containers?',
    ['docker ps', 'docker ls', 'docker images', 'docker run'],
    0,
    '`docker ps`',
    { line: 3 },
  ),
  q(
    'q-docker-ps-a',
    'command',
    ['Docker', 'Containers', 'All containers'],
    'Which flag shows stopped containers too?',
    ['-a', '-q', '-s', '-f'],
    0,
    '`docker ps -a`',
    { line: 9 },
  ),
  q(
    'q-docker-image',
    'definition',
    ['Docker', 'Images', 'Image'],
    'What is a Docker image?',
    ['A read-only template for containers', 'A running process', 'A network', 'A volume'],
    0,
    'A read-only template.',
    { line: 20 },
  ),
  q(
    'q-compose-up',
    'command',
    ['Docker', 'Docker Compose', 'Start services'],
    'Which command starts all services of a compose file?',
    ['docker compose up', 'docker compose run', 'docker compose ps', 'docker compose ls'],
    0,
    '`docker compose up`',
    { line: 40 },
  ),
  q(
    'q-zh-container',
    'definition',
    ['Docker', '容器', '什么是容器'],
    '什么是容器？',
    ['应用程序及其所有依赖项的打包', '一种虚拟机', '一个网络协议', '一个数据库'],
    0,
    '容器包括应用程序及其所有依赖项。',
    { lang: 'zh', line: 60 },
  ),
  q(
    'q-git-commit',
    'cloze',
    ['Git', 'Basics', 'Commit'],
    'Record changes with `git ____`.',
    ['commit', 'push', 'add', 'stash'],
    0,
    '`git commit`',
    { file: 'git.md', line: 2 },
  ),
  q(
    'q-git-branch',
    'choice',
    ['Git', 'Branches', 'Create a branch'],
    'Which command creates a branch?',
    ['git branch NAME', 'git checkout', 'git merge', 'git log'],
    0,
    '`git branch NAME`',
    { file: 'git.md', line: 12 },
  ),
  q(
    'q-git-rebase',
    'flashcard',
    ['Git', 'Branches', 'Rebase'],
    'What does `git rebase` do?',
    [],
    null,
    'Replays commits on top of another base.',
    { file: 'git.md', line: 30 },
  ),
  q(
    'q-docker-volume',
    'flashcard',
    ['Docker', 'Volumes', 'Volume'],
    'What is a Docker volume for?',
    [],
    null,
    'Persisting data outside the container.',
    { line: 80 },
  ),
];

export const sampleQuestion = (id: string): Question => {
  const found = SAMPLE_QUESTIONS.find((x) => x.id === id);
  if (!found) throw new Error(`no sample question ${id}`);
  return found;
};
