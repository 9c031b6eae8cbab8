import { readFileSync } from 'node:fs';
import { buildDeck } from './dist/src/content/build-deck.js';
const files = ['content/docker-interview-zh.md', 'test/fixtures/content/corpora/javaguide-java-basic-questions-01.zh.md', 'test/fixtures/content/corpora/reactjs-interview-questions.en.md'];
const inputs = [];
for (let c = 0; c < 20; c++) for (const f of files) inputs.push({ path: `c${c}/${f}`, text: readFileSync(f, 'utf8') });
for (let k = 0; k < 6; k++) buildDeck(inputs);
