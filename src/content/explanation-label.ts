/** `解析：`, `**Explanation:**` on a line of its own: the explanation, run into the last option by Markdown. */
export const EXPLANATION_LABEL = /^\s*(?:\*\*)?(?:解析|答案解析|题解|explanation|reason)(?:\*\*)?\s*[:：]/i;
