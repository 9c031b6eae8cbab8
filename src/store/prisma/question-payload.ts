import { z } from 'zod';
import { QUESTION_KINDS, type Question } from '../../content/question.ts';

/** The stored JSON of a question is checked on the way out, so a bad row fails loudly, not deep in a renderer. */
const questionSchema = z.object({
  id: z.string(),
  cardId: z.string(),
  deck: z.string(),
  kind: z.enum(QUESTION_KINDS),
  lang: z.enum(['en', 'zh']),
  stem: z.string(),
  // Optional: rows stored before questions had frames decode with none (their stem is the whole question).
  frame: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.enum(['explain', 'which-command', 'cloze']) }),
      z.object({ kind: z.enum(['what-is', 'which-term']), context: z.string() }),
      z.object({
        kind: z.enum(['which-row', 'row-cell']),
        header: z.string(),
        context: z.string().optional(),
      }),
      z.object({ kind: z.enum(['one-of', 'not-one-of']), list: z.string() }),
    ])
    .nullable()
    .optional(),
  options: z.array(z.string()),
  correctIndex: z.number().int().nullable(),
  answer: z.string(),
  source: z.object({ file: z.string(), line: z.number() }),
  sectionPath: z.array(z.string()),
  tags: z.array(z.string()),
});

/**
 * The question and its stored JSON with keys in one fixed order, so "did this question change?" is a string
 * comparison however the caller built the object.
 */
export function canonicalQuestion(question: Question): { question: Question; payload: string } {
  const parsed = questionSchema.parse(question);
  return { question: parsed, payload: JSON.stringify(parsed) };
}

export function decodeQuestion(payload: string): Question {
  const parsed = questionSchema.safeParse(JSON.parse(payload));
  if (!parsed.success)
    throw new Error('store: a stored question does not match the Question shape', { cause: parsed.error });
  return parsed.data;
}

const idList = z.array(z.string());

export function decodeIdList(json: string): string[] {
  return idList.parse(JSON.parse(json));
}
