import { words } from '../text-normalise.ts';
import { memoText } from './memo-text.ts';

/**
 * How a quoted stem opens and ends: whether it leans on text the player cannot see ("This…", "另外…",
 * "the four"), or announces text that does not follow ("Below are…", a trailing colon).
 */

const EN_LEADS = new Set([
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'they',
  'them',
  'their',
  'he',
  'she',
  'his',
  'her',
  'here',
  'also',
  'and',
  'but',
  'or',
  'so',
  'then',
  'thus',
  'hence',
  'however',
  'therefore',
  'moreover',
  'furthermore',
  'additionally',
  'besides',
  'instead',
  'otherwise',
  'similarly',
  'likewise',
  'meanwhile',
  'still',
  'yet',
  'again',
  'anyway',
  'nevertheless',
  'nonetheless',
  'consequently',
  'accordingly',
  'finally',
  'lastly',
  'next',
  'afterwards',
  'now',
  'above',
  'below',
  'such',
  'both',
  'either',
  'neither',
  'which',
  'whereas',
  'same',
  'latter',
  'former',
  'another',
  'further',
  'plus',
  'eg',
  'ie',
]);

const EN_LEAD_PHRASES =
  /^(?:as (?:a result|mentioned|shown|such|well|discussed|you can see|we)|in (?:addition|this|that|these|those|such|contrast|other words|short|summary|that case|this case|the (?:above|example|previous|following|code|snippet)|(?:our|your) example)|for (?:example|instance|this|that|these)|on the other hand|more (?:specifically|precisely|generally|importantly)|to do (?:this|so|that)|by doing (?:this|so)|because of (?:this|that)|due to (?:this|that)|with (?:this|that|these)|like (?:this|that)|the (?:above|following|latter|former|same|other|second|third|next|last|previous|below)\b|we (?:also|can also|could also|then|now|again|have seen|saw|see|discussed|mentioned|will))\b/i;

/** First words (ICU segments) that lean on what came before. */
const ZH_LEADS = new Set([
  '这',
  '这个',
  '这些',
  '这种',
  '这样',
  '这里',
  '这是',
  '那',
  '那么',
  '那个',
  '那些',
  '它',
  '它们',
  '其',
  '其中',
  '其次',
  '其余',
  '此外',
  '此时',
  '此',
  '该',
  '比如',
  '例如',
  '譬如',
  '另外',
  '而且',
  '并且',
  '但',
  '但是',
  '不过',
  '然而',
  '然后',
  '因此',
  '所以',
  '于是',
  '接着',
  '同时',
  '再者',
  '最后',
  '总之',
  '综上',
  '上述',
  '上面',
  '下面',
  '如下',
  '以下',
  '如上',
  '前者',
  '后者',
  '同样',
  '也',
  '还',
  '而',
  '即',
  '和',
  '与',
  '及',
  '或',
  '或者',
  '首先',
  '另一方面',
  '当然',
  '除此之外',
  '除了',
  '对此',
  '他',
  '她',
  '他们',
  '也就是说',
  '换句话说',
  '总的来说',
  '简单来说',
  '本文',
  '上图',
  '下图',
  '如图',
]);

const ZH_LEAD_PHRASES = /^(?:我们(?:也|还|同样|刚才|上面|前面|之前|已经|再|来看|可以看到)|如前|同上)/u;

/** What a reader sees first: without Markdown marks, quote markers, emoji and "⚠️ NOTE:" style labels. */
export function opening(text: string): string {
  return text
    .replace(/^(?:[\s*_>#`~|-]|\p{Extended_Pictographic}|\u200d|\ufe0f)+/u, '')
    .replace(/^(?:note|tip|warning|注意|提示)\s*[:：]\s*/i, '')
    .replace(/^[\s*_]+/, '');
}

/** The text starts with a pronoun, demonstrative or connector that leans on what came before. */
export function leansOnContext(text: string, allowIt = false): boolean {
  return (allowIt ? leansAllowingIt : leansStrictly)(text);
}

const leansStrictly = memoText((text) => leans(text, false));
const leansAllowingIt = memoText((text) => leans(text, true));

function leans(text: string, allowIt: boolean): boolean {
  const start = opening(text);
  if (EN_LEAD_PHRASES.test(start) || ZH_LEAD_PHRASES.test(start)) return true;
  const latin = /^([A-Za-z]+)\b/.exec(start)?.[1]?.toLowerCase();
  if (latin !== undefined) {
    if (allowIt && latin === 'it') return false;
    return EN_LEADS.has(latin);
  }
  const first = words(start.slice(0, 12))[0];
  if (first === undefined) return false;
  if (allowIt && (first === '它' || first === '其')) return false;
  return ZH_LEADS.has(first);
}

const LEAD_IN_START =
  /^(?:(?:below|here) (?:are|is)|the following|following (?:are|is)|some of (?:the|them)|a few of the|listed below|as follows)\b|^(?:以下|如下|下面)(?:是|为|几|这|所示|列出|就是)/iu;

/**
 * The text announces something that is not shown: it ends with a colon or a comma (the sentence goes on
 * below), or opens "Below are…".
 */
export const isLeadIn = memoText(leadsIn);

function leadsIn(text: string): boolean {
  const trimmed = text.replace(/[\s*_]+$/, '');
  return (
    /[:：,，]$/.test(trimmed) ||
    LEAD_IN_START.test(opening(text)) ||
    /(?:如下|as follows)[。.]?$/iu.test(trimmed) ||
    // A sentence that stops where what it announces would follow (a table, a listing): "所以最终返回的是",
    // "the output is".
    /\p{Script=Han}(?:是|为|有|包括|包含)$|\s(?:is|are|was|were|include|includes)$/u.test(trimmed)
  );
}

/** Mid-sentence pointers at text the player cannot see ("the four", "the above example", "上述"). */
const DANGLING =
  /\b(?:the (?:two|three|four|five|six|above|latter|former|previous|following) ?|(?:above|previous|following) (?:example|code|snippet|section|table|list|figure|image|diagram)s?\b)|上述|上面的|下面的|前者|后者|两者|上例|下例|如图|上图|下图/iu;

export function pointsElsewhere(text: string): boolean {
  return DANGLING.test(text);
}

/**
 * Pointers at text above or a figure, which no description can mean on its own ("在所有上述含义下", "as shown
 * above"): narrower than DANGLING, whose "the three …" a description may well say of its own term.
 */
const POINTS_ABOVE =
  /上述|上面的|上例|如上|如图|上图|下图|\bthe above\b|\b(?:above|previous) (?:example|code|snippet|list|table|figure|diagram)s?\b/iu;

export function pointsAbove(text: string): boolean {
  return POINTS_ABOVE.test(text);
}
