/** Valid request bodies for the core loop, shared by the e2e and fuzz suites (one place to keep them valid). */
export const PLAN = {
  helper: 'the woman at the bakery',
  request: 'to ask which bread has no seeds',
  channel: 'in-person',
  lifeArea: 'everyday',
  plannedOn: '2026-11-28',
  fearedThought: 'Grown adults should be able to handle this on their own',
  beliefBefore: 70,
  predictedYesChance: 40,
  predictedAnnoyance: 6,
  anticipatedDistress: 5,
};

export const OUTCOME = {
  didAsk: 'yes',
  askedOn: '2026-11-28',
  whatHappened: 'She smiled and showed me two loaves.',
  response: 'yes',
  helperReaction: 1,
  peakDistress: 4,
  beliefAfter: 35,
  learning: 'Asking took ten seconds and nobody minded.',
  nextStep: 'vary-person',
};
