import { findAll, sentenceRanges } from './text';

/**
 * Negation scope, NegEx-style: a cue is negated when a negator precedes it in the same clause, at most
 * MAX_SCOPE_WORDS words before it. Clauses end at punctuation and at contrastive/causal words ("but",
 * "although", "because", ...), so "I didn't ask because she'd say no" keeps "she'd say no".
 * Negators inside the matched phrase itself ("I don't like relying on anyone") do not count.
 * The nearest negator decides: "without" reaches only WITHOUT_SCOPE_WORDS and is cancelled by an earlier negator in
 * the clause (double negation). "I used to" marks a past state that the writer no longer describes ("I used to be
 * terrified of phoning, this week I just rang").
 */
export const MAX_SCOPE_WORDS = 8;

/**
 * "without" negates a short phrase, not the rest of the clause: "without my heart pounding" is negated, but in
 * "finish it without the freelancer I should have hired" the second half is not.
 */
export const WITHOUT_SCOPE_WORDS = 2;

const NEGATOR =
  /\b(?:not|never|no|nobody|nothing|none|neither|nor|without|hardly|barely|cannot|stopped|[a-z]+n't|didnt|dont|doesnt|wasnt|werent|isnt|arent|wont|cant|couldnt|wouldnt|shouldnt|havent|hasnt|hadnt|aint|i\s+used\s+to)\b/gi;

/**
 * Negators that do not negate what follows: "I didn't want to be a burden" shows the fear of being one;
 * "I can't stop thinking she'd say no" affirms it.
 */
const PSEUDO_NEGATION =
  /^(?:no\s+(?:doubt|matter|wonder)|not\s+(?:only|just|sure|to\s+mention)|nothing\s+but|never\s+mind|(?:can't|cannot|couldn't|can\s+not|won't|wouldn't|never|cant|couldnt)\s+(?:stop|help|wait|forget|shake|get\s+over)|(?:don't|didn't|doesn't|dont|didnt|doesnt|not|never|wouldn't|won't)\s+(?:want|wanted|wanting|wanna|like\s+the\s+idea)|(?:don't|didn't|do\s+not|dont|didnt)\s+know\s+(?:why|how\s+come))\b/i;

/** "said no", "a no", "the answer was no": here "no" is the answer, not a negator. */
const NO_AS_ANSWER_BEFORE =
  /\b(?:say|said|says|saying|hear|heard|hearing|a|the|take|took|taking|get|got|getting|accept|accepted|answer|answered|or|was|is)\s+$/i;

const CLAUSE_BREAK =
  /[.!?;:\n\r,()"\u201C\u201D\u2014\u2013]|\s-\s|\b(?:but|although|though|however|yet|because|cos|since|until|unless|while|whereas|except|instead|otherwise|when|whenever)\b|\b(?:so|and|or|then)\s+(?=(?:i|i'm|i'd|i'll|i've|my|she|he|they|it|it's|we|you|her|his|their|then)\b)/gi;

/**
 * A belief the writer attributes to someone else and rejects in the same sentence is not the writer's barrier:
 * "My mum thinks asking for help is weak, but I don't agree with her." Every cue in such a sentence is dropped.
 */
const REJECTED_BELIEF =
  /\b(?:i\s+(?:don't|do\s+not|dont|never|didn't|didnt)\s+(?:agree|believe\s+(?:it|that|him|her|them|a\s+word)|buy\s+(?:it|that|into)|think\s+so|see\s+it\s+that\s+way)|i\s+disagree|(?:that's|which\s+is|it's)\s+(?:rubbish|nonsense|not\s+true|wrong|old-fashioned))\b/i;
/** Someone other than the writer stating a belief: "my mum thinks", "he always says", "they told me". */
const OTHERS_BELIEF =
  /\b(?!i\b)[a-z]+(?:\s+(?:always|still|really|just))?\s+(?:thinks|thought|says|said|believes|believed|reckons|reckoned|tells\s+(?:me|us)|told\s+(?:me|us)|used\s+to\s+say)\b/i;

export interface NegationIndex {
  /** True when a cue starting at `start` is inside a negation scope. */
  isNegated(start: number): boolean;
}

export function buildNegationIndex(text: string): NegationIndex {
  const breaks = findAll(CLAUSE_BREAK, text);
  const negators = findAll(NEGATOR, text)
    .filter(({ start, end }) => {
      const isNo = text.slice(start, end).toLowerCase() === 'no';
      if (isNo && NO_AS_ANSWER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
      return !PSEUDO_NEGATION.test(text.slice(start, start + 40));
    })
    .map((n) => ({ ...n, without: text.slice(n.start, n.end).toLowerCase() === 'without' }));

  const rejected = sentenceRanges(text).filter(({ start, end }) => {
    const sentence = text.slice(start, end);
    return REJECTED_BELIEF.test(sentence) && OTHERS_BELIEF.test(sentence);
  });

  return {
    isNegated(start: number): boolean {
      if (rejected.some((r) => start >= r.start && start < r.end)) return true;
      let clauseStart = 0;
      for (const b of breaks) {
        if (b.end <= start) clauseStart = Math.max(clauseStart, b.end);
        else break;
      }
      // The nearest negator before the cue in its clause decides; "can't ask ... without feeling like a failure"
      // is a double negation and affirms the cue.
      let nearest: { start: number; end: number; without: boolean } | undefined;
      let earlierInClause = false;
      for (const n of negators) {
        if (n.start < clauseStart) continue;
        if (n.end > start) break;
        if (nearest) earlierInClause = true;
        nearest = n;
      }
      if (!nearest) return false;
      const between = text.slice(nearest.end, start).match(/[a-z0-9']+/gi)?.length ?? 0;
      if (!nearest.without) return between <= MAX_SCOPE_WORDS;
      return !earlierInClause && between <= WITHOUT_SCOPE_WORDS;
    },
  };
}
