import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { letteredOption } from '../../src/content/choice-syntax.ts';
import { withoutMark } from '../../src/content/marked-options.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { gradedOptions } from './deck-helpers.ts';

/**
 * The key marked on its option, as practice-test exports write it: `(Correct)`, `**(Correct)**`, `✅`,
 * `（正确）` after the option's words. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'quiz.md', text }]);
const graded = gradedOptions;

const QUIZ = `# Kubernetes quiz

### 1. What are the two kinds of machines a Kubernetes cluster consists of?

- Containers and nodes
- Images and processes
- Control plane and worker nodes (Correct)
- Images and containers

### 2. Which command brings up a local cluster?

a. minikube up
b. minikube run
c. kube init
d. minikube start **(Correct)**

### 3. 哪一层负责路由？

A. 网络层 ✅
B. 传输层
C. 链路层
`;

describe('a key marked on its option', () => {
  it('keys the marked option and takes the mark off every option', () => {
    const deck = one(QUIZ);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice', 'choice', 'choice']);
    expect(graded(deck)).toEqual([
      [
        'What are the two kinds of machines a Kubernetes cluster consists of?',
        [
          'Containers and nodes',
          'Images and processes',
          'Control plane and worker nodes',
          'Images and containers',
        ],
        'Control plane and worker nodes',
      ],
      [
        'Which command brings up a local cluster?',
        ['minikube up', 'minikube run', 'kube init', 'minikube start'],
        'minikube start',
      ],
      ['哪一层负责路由？', ['网络层', '传输层', '链路层'], '网络层'],
    ]);
  });

  it('trusts no key when a stated key names another option than the mark', () => {
    const deck = one(`# Quiz

### Which command starts a local cluster?

a. minikube up
b. minikube start (Correct)

Answer: a
`);
    expect(graded(deck)).toEqual([]);
    expect(deck.problems.map((p) => p.code)).toContain('choice-without-answer');
  });

  it('leaves a checklist of ticked points a list, and a mark inside the words a word', () => {
    const deck = one(`# Setup

## What did we set up this week?

- Install Docker ✅
- Configure the network ✅
- Write the runbook

## Grading

- Answers marked (Correct) in the export are the keys
- The rest are distractors
`);
    expect(deck.questions.filter(isAutoGraded)).toEqual([]);
    expect(withoutMark('(Correct)').marked).toBe(false);
    expect(withoutMark('Answers marked (Correct) in the export').marked).toBe(false);
    expect(withoutMark('网络层 （正确）')).toEqual({ text: '网络层', marked: true });
  });

  it('reads options typed one HTML heading a line, and leaves out a reference link under the question', () => {
    const deck = one(`# Kubernetes quiz

### 1. Which tool creates and manages a Deployment from the command line?

https://kubernetes.io/docs/tutorials/kubernetes-basics/deploy-app/deploy-intro/

<h3>a. Kube</h3>
<h3>b. Minikube</h3>
<h3>c. <span style="font-family:Consolas;">kubectl</span> <strong>(Correct)</strong></h3>
<h3>d. Docker</h3>

<br>

### 2. What does Kubernetes create to host an application instance?

<h3>a. A Kube</h3>
<h3>b. A Pod <strong>(Correct)</strong></h3>
<h3>c. A Cluster</h3>

<h3>Summary</h3>
`);
    expect(graded(deck)).toEqual([
      [
        'Which tool creates and manages a Deployment from the command line?',
        ['Kube', 'Minikube', 'kubectl', 'Docker'],
        'kubectl',
      ],
      [
        'What does Kubernetes create to host an application instance?',
        ['A Kube', 'A Pod', 'A Cluster'],
        'A Pod',
      ],
    ]);
  });

  it('reads `A - text` options with the one wholly bold option as the key, and several bold as none', () => {
    const deck = one(`_Q1: What is Docker?_<br>
A - A container orchestration service<br>
B - A serverless compute service<br>
**C - A containerization platform**<br>
D - A virtual machine software

_Q2: What is the command to launch a new container?_<br>
**A - docker run**
B - docker start
C - docker execute
D - docker deploy

_Q3: Which of these are AWS services?_<br>
**A - Amazon ECS**
**B - AWS Lambda**
C - Docker Hub
D - Kubernetes
`);
    expect(graded(deck)).toEqual([
      [
        'What is Docker?',
        [
          'A container orchestration service',
          'A serverless compute service',
          'A containerization platform',
          'A virtual machine software',
        ],
        'A containerization platform',
      ],
      [
        'What is the command to launch a new container?',
        ['docker run', 'docker start', 'docker execute', 'docker deploy'],
        'docker run',
      ],
    ]);
    expect(letteredOption('A - B testing compares two versions')?.letter).toBe('A');
    expect(letteredOption('A-list celebrities')).toBeNull();
    expect(letteredOption('a - lower case')).toBeNull();
  });
});
