import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * "Which command does it?" offers commands of the program whose jobs touch the asked one's (the same
 * object) before commands of unrelated jobs, and none that does the same job. Fixture written for this test.
 */
const NOTE = [
  '# Docker',
  '',
  '### 如何删除已经停止的容器？',
  '',
  '`docker rm old-web`',
  '',
  '### 如何停止运行中的容器？',
  '',
  '`docker stop api`',
  '',
  '### 如何列出所有容器？',
  '',
  '`docker ps -a`',
  '',
  '### 如何进入容器的终端？',
  '',
  '`docker exec -it db bash`',
  '',
  '### 如何给镜像打标签？',
  '',
  '`docker tag shop:1 shop:latest`',
  '',
  '### 如何把镜像推送到仓库？',
  '',
  '`docker push shop:1`',
  '',
  '### 如何查看镜像的分层？',
  '',
  '`docker history base:2`',
  '',
  '### 如何下载镜像？',
  '',
  '`docker pull nginx:1.25`',
  '',
  '### 如何把镜像导出成文件？',
  '',
  '`docker save -o web.tar web:3`',
  '',
  '### 如何从文件导入镜像？',
  '',
  '`docker load -i cache.tar`',
  '',
  '### 如何构建镜像？',
  '',
  '`docker build -t blog:2 .`',
].join('\n');

describe('command distractors', () => {
  it('come from the jobs on the same object first', () => {
    const deck = buildDeck([{ path: 'docker.md', text: NOTE }]);
    const asked = deck.questions.find((q) => q.kind === 'command' && q.stem.includes('如何列出所有容器'));
    expect(asked?.options[asked.correctIndex ?? -1]).toBe('docker ps');
    const distractors = asked?.options.filter((_, k) => k !== asked.correctIndex) ?? [];
    // The container jobs, not the image ones (tag, push, history).
    expect([...distractors].sort()).toEqual(['docker exec', 'docker rm', 'docker stop']);
  });
});
