/**
 * An example of every request body, by operationId, shown in /api/docs and attached to the OpenAPI document's
 * requestBody (`examples`). test/e2e/openapi.e2e-spec.ts checks that each operation with a body has one and
 * that each example passes the route's own zod schema (the made-up ids and tokens are well-formed, not real).
 */
export interface RequestExample {
  summary: string;
  value: unknown;
}

const PRACTICE_ID = '0b7e3f52-6f4c-4d55-9a0e-2c1b8f3d9a10';
const TOKEN = `${PRACTICE_ID}.q3W9xYbV7nP2kT5sLr8mZc4dJh6fGa1eUo0iKy_-AbC`;
const PASSWORD = 'correct horse battery staple';
const PLAN = {
  helper: 'the woman at the bakery',
  request: 'to ask which bread has no seeds',
  channel: 'in-person',
  lifeArea: 'everyday',
  plannedOn: '2026-11-28',
  fearedThought: 'I should be able to handle this on my own',
  beliefBefore: 70,
  predictedYesChance: 40,
  predictedAnnoyance: 6,
  anticipatedDistress: 5,
  expectedBarriers: ['independence-bias', 'spotlight-effect'],
  plannedSafetyBehaviours: [],
};

const one = (summary: string, value: unknown): Record<string, RequestExample> => ({
  example: { summary, value },
});

export const REQUEST_EXAMPLES: Readonly<Record<string, Record<string, RequestExample>>> = {
  AuthController_signUp: one('A new practice and its owner', {
    practiceName: 'Harbour Coaching',
    displayName: 'Sam Rivera',
    email: 'sam@harbour-coaching.example',
    password: PASSWORD,
  }),
  AuthController_login: one('Email and password', {
    email: 'sam@harbour-coaching.example',
    password: PASSWORD,
  }),
  AuthController_loginTwoFactor: {
    code: { summary: 'A code from the authenticator app', value: { challenge: TOKEN, code: '123456' } },
    recoveryCode: {
      summary: 'A one-time recovery code instead',
      value: { challenge: TOKEN, recoveryCode: 'abcde-12345' },
    },
  },
  AuthController_loginTwoFactorSetup: one('The challenge from the login answer', { challenge: TOKEN }),
  AuthController_changePassword: one('Current and new password', {
    currentPassword: PASSWORD,
    newPassword: 'a lighthouse keeps its own hours',
  }),
  AuthController_requestReset: one('The account’s email', { email: 'sam@harbour-coaching.example' }),
  AuthController_confirmReset: one('The token from the emailed link and a new password', {
    token: TOKEN,
    newPassword: 'a lighthouse keeps its own hours',
  }),
  AuthController_enableTwoFactor: one('A code from the authenticator app', { code: '123456' }),
  AuthController_disableTwoFactor: one('The current password', { password: PASSWORD }),
  AuthController_regenerate: one('The current password', { password: PASSWORD }),
  InvitationsController_create: {
    client: {
      summary: 'A client, into your own caseload',
      value: { email: 'alex@example.org', displayName: 'Alex Morgan', role: 'client' },
    },
    practitioner: {
      summary: 'A practitioner (owner only)',
      value: { email: 'jo@harbour-coaching.example', displayName: 'Jo Okafor', role: 'practitioner' },
    },
  },
  InvitationsController_accept: one('The token from the invitation link and a password', {
    token: TOKEN,
    password: PASSWORD,
  }),
  PracticeController_update: one('Shorter idle timeout and the practice’s own crisis text', {
    idleTimeoutMinutes: 20,
    requireTwoFactor: true,
    crisisResources:
      'If you are in danger now, call 112. Samaritans: 116 123, any time. Your practitioner does not read entries in real time.',
  }),
  ExercisesController_create: one('A custom experiment for rung 2', {
    title: 'Ask for directions',
    instructions: 'Ask a stranger for directions to a place you already know, and notice how they respond.',
    recordType: 'experiment',
    rung: 2,
    targetedBarriers: ['fear-of-rejection', 'spotlight-effect'],
    suggestedFrequency: { kind: 'weekly', count: 2 },
  }),
  AssignmentsController_create: {
    template: {
      summary: 'A ladder template, daily for a week',
      value: {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: '2026-11-23',
        recurrence: { kind: 'daily', count: 7 },
        note: 'Pick a quiet moment.',
      },
    },
    custom: {
      summary: 'A custom exercise on Mondays and Thursdays',
      value: {
        exerciseRef: { source: 'custom', exerciseId: '5f0c2a9e-1b7d-4e3a-8c6f-9d2e4b1a7c30' },
        startOn: '2026-11-23',
        recurrence: { kind: 'weekdays', weekdays: [1, 4], count: 6 },
        note: null,
      },
    },
  },
  AssignmentsController_act: {
    pause: { summary: 'Pause from a day', value: { action: 'pause', on: '2026-11-25' } },
    resume: { summary: 'Resume today (the client’s today)', value: { action: 'resume' } },
  },
  AssignmentsController_setRung: one('Rung 2: micro-asks', { rung: 2 }),
  AssignmentsController_preferences: one('An IANA time zone', { timeZone: 'Europe/Berlin' }),
  EntriesController_create: {
    experiment: {
      summary: 'An experiment’s plan and prediction',
      value: { kind: 'experiment', assignmentId: null, plan: PLAN },
    },
    reflection: {
      summary: 'A reflection kept private',
      value: {
        kind: 'reflection',
        reflection: {
          text: 'I noticed I rehearse every request three times before I make it.',
          promptBarrierId: 'spotlight-effect',
          clientBarrierTags: ['spotlight-effect'],
          sharing: 'private',
        },
      },
    },
    observation: {
      summary: 'An observation of someone else asking',
      value: {
        kind: 'observation',
        observation: {
          occurredOn: '2026-11-24',
          where: 'the office kitchen',
          whoAsked: 'a colleague',
          whomAsked: 'our manager',
          what: 'to move a deadline by a day',
          size: 'medium',
          channel: 'in-person',
          directness: 'direct',
          response: 'yes',
          helperReaction: 1,
          assumedHelperFeeling: 'I thought she would be irritated.',
        },
      },
    },
  },
  EntriesController_updatePlan: one('The whole plan, changed before the request', {
    plan: { ...PLAN, plannedOn: '2026-11-29', predictedYesChance: 55 },
  }),
  EntriesController_outcome: {
    asked: {
      summary: 'I asked',
      value: {
        outcome: {
          didAsk: 'yes',
          askedOn: '2026-11-28',
          whatHappened: 'She smiled and showed me two loaves.',
          response: 'yes',
          helperReaction: 1,
          peakDistress: 4,
          beliefAfter: 35,
          learning: 'Asking took ten seconds and nobody minded.',
          nextStep: 'vary-person',
        },
      },
    },
    didNotAsk: {
      summary: 'I did not ask',
      value: {
        outcome: {
          didAsk: 'no',
          whatGotInTheWay: 'There was a queue and I felt everyone would hear.',
          peakDistress: 6,
          nextStep: 'repeat',
        },
      },
    },
  },
  EntriesController_saveDraft: one('Whatever the form holds so far', {
    data: { kind: 'reflection', text: 'Half a thought about asking my sister', sharing: 'shared' },
  }),
  EntriesController_review: one('Confirm one tag, reject another, comment and mark reviewed', {
    tagDecisions: [
      { barrierId: 'shame', decision: 'confirm' },
      { barrierId: 'perfectionism', decision: 'reject' },
    ],
    addTags: ['fear-of-rejection'],
    comment: 'A brave step. Let us talk about the queue.',
    raiseInSession: true,
    markReviewed: true,
  }),
  InsightController_reviewBrief: one('The period the brief covered', {
    from: '2026-11-14',
    to: '2026-11-27',
  }),
  InsightController_createSession: one('A session with a private note', {
    heldOn: '2026-11-27',
    note: 'Talked through the bakery experiment; next: ask a colleague.',
  }),
  InsightController_updateSession: one('Correct the date', { heldOn: '2026-11-26' }),
  InsightController_decide: one('Approve the move one rung up', {
    decision: 'approve',
    note: 'Three experiments with learning, two different helpers.',
  }),
};
