import { type RiskCategory } from '../risk-categories';

/**
 * One rule of the screen: a pattern over concepts (see pattern.ts) and how its match is read.
 *  - person: 'self' (default) rejects a match whose subject is someone else ("my brother wants to die");
 *    'any' for patterns that name the writer themselves ("better off without me").
 *  - negation: 'scope' (default) marks a match inside a negation's scope ("I'm not suicidal"); 'own' for
 *    patterns that contain their negation ("I don't want to be alive").
 *  - span: 'clause' (default) or 'sentence'.
 *  - nominal: the match names the topic rather than an act of the writer's ("suicide", "self-harm", "an
 *    overdose"), so professional and media contexts veto it.
 *  - refine: an act of ending one's life, whose category follows its frame (tried → attempt, going to → intent,
 *    a method named → method, else suicidal thoughts).
 *  - needs / unless: a lexicon one of whose words must (must not) be in the sentence.
 *  - target: the last word's own subject must not be someone else ("I hope he dies").
 *  - weak: only a sign of distress, used to keep a negated finding ("I'm not going to …, I just want it to stop").
 */
export interface Rule {
  id: string;
  cat: RiskCategory;
  p: string;
  person?: 'self' | 'any';
  negation?: 'scope' | 'own';
  span?: 'clause' | 'sentence';
  nominal?: boolean;
  refine?: boolean;
  needs?: string;
  unless?: string;
  target?: boolean;
}
