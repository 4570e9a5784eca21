import { type RiskCategory } from '../risk-categories';
import { type Span } from './pattern';
import { type Word } from './words';

/** A rule's match that survived the scope checks, before negation is settled. */
export interface Candidate {
  rule: string;
  category: RiskCategory;
  /** The sentence's words (punctuation removed) and the matched span in them. */
  words: readonly Word[];
  span: Span;
  negated: boolean;
  /** Matched, but its scope says it is not the writer's statement (kept so the model stays silent there). */
  vetoed: boolean;
}
