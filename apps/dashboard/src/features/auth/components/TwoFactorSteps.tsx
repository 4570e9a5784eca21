import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { TwoFactorEnableSchema, TwoFactorLoginSchema } from '@askwell/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FocusHeading } from '../../../components/FocusHeading';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { applyApiError } from '../../../lib/form-errors';
import { isDone, loginTwoFactorSetupQuery, useTwoFactorLogin } from '../api/login';
import type { AccountSession, LoginResult } from '@askwell/domain';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSecretPanel } from './TotpSecretPanel';

/*
 * The steps after a password, for people with two-step sign-in. Their own module: the sign-in screen loads
 * it only when the API asks for a second step (LoginFlow), so everyone else's sign-in does not download it.
 */

type Step =
  | { kind: 'two-factor'; challenge: string }
  | { kind: 'two-factor-setup'; challenge: string }
  | { kind: 'recovery-codes'; session: AccountSession; codes: string[] };

function stepFor(result: LoginResult): Step {
  switch (result.status) {
    case 'two-factor-required':
      return { kind: 'two-factor', challenge: result.challenge };
    case 'two-factor-setup-required':
      return { kind: 'two-factor-setup', challenge: result.challenge };
    case 'signed-in':
      return { kind: 'recovery-codes', session: result.session, codes: result.recoveryCodes ?? [] };
  }
}

interface ContinueProps {
  /** The first answer that was not simply "signed in" (from login, or from accepting an invitation). */
  result: LoginResult;
  onSignedIn: (session: AccountSession) => void;
  onStartOver: () => void;
}

/** The steps after a password: a code, or setting up an authenticator app, then recovery codes shown once. */
export function ContinueSignIn({ result, onSignedIn, onStartOver }: ContinueProps) {
  const [step, setStep] = useState<Step>(() => stepFor(result));
  const advance = (next: LoginResult) => (isDone(next) ? onSignedIn(next.session) : setStep(stepFor(next)));

  switch (step.kind) {
    case 'two-factor':
      return <TwoFactorForm challenge={step.challenge} onResult={advance} onStartOver={onStartOver} />;
    case 'two-factor-setup':
      return <TwoFactorSetup challenge={step.challenge} onResult={advance} onStartOver={onStartOver} />;
    case 'recovery-codes':
      return <RecoveryCodes codes={step.codes} onDone={() => onSignedIn(step.session)} />;
  }
}

type StepProps = { challenge: string; onResult: (r: LoginResult) => void; onStartOver: () => void };

/** A 401 that means the ten minutes for this step ran out: only starting again helps. */
const isExpiredChallenge = (e: ApiError | null) => e?.status === 401 && e.code !== 'INVALID_TWO_FACTOR_CODE';

function TwoFactorForm({ challenge, onResult, onStartOver }: StepProps) {
  const [mode, setMode] = useState<'code' | 'recoveryCode'>('code');
  const form = useForm({
    resolver: zodResolver(TwoFactorLoginSchema),
    defaultValues: { challenge, code: '' },
    shouldUnregister: true,
  });
  const verify = useTwoFactorLogin();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const answer =
      mode === 'recoveryCode'
        ? { challenge, recoveryCode: values.recoveryCode ?? '' }
        : { challenge, code: values.code ?? '' };
    try {
      onResult(await verify.mutateAsync(answer));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'INVALID_TWO_FACTOR_CODE') {
        form.setError(
          mode,
          {
            type: 'server',
            message:
              mode === 'code'
                ? 'That code did not work. Codes change every 30 seconds: try the newest one.'
                : 'That recovery code did not work. Each code works only once.',
          },
          { shouldFocus: true },
        );
        return;
      }
      setProblem(applyApiError(e, form.setError, [mode]));
    }
  });

  const switchMode = () => {
    setProblem(null);
    setMode((m) => (m === 'code' ? 'recoveryCode' : 'code'));
  };

  return (
    <Stack gap="md">
      <FocusHeading order={2}>
        {mode === 'code' ? 'Enter the code from your app' : 'Use a recovery code'}
      </FocusHeading>
      <Text>
        {mode === 'code'
          ? 'Open your authenticator app and type the 6-digit code it shows for Askwell.'
          : 'Type one of the recovery codes you saved when you set up two-step sign-in. Each one works once.'}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Two-step sign-in">
        <Stack gap="md">
          <FormErrorAlert error={problem}>
            {isExpiredChallenge(problem) && <StartOver onStartOver={onStartOver} />}
          </FormErrorAlert>
          <input type="hidden" {...form.register('challenge')} />
          {mode === 'code' ? (
            <TextInput
              key="code"
              label="6-digit code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              {...form.register('code')}
              error={errors.code?.message}
            />
          ) : (
            <TextInput
              key="recoveryCode"
              label="Recovery code"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              description="It looks like abcde-12345."
              {...form.register('recoveryCode')}
              error={errors.recoveryCode?.message}
            />
          )}
          <Group>
            <Button type="submit" loading={isSubmitting}>
              Continue
            </Button>
            <Button variant="subtle" color="sage.8" onClick={switchMode}>
              {mode === 'code' ? 'Use a recovery code instead' : 'Use a code from my app instead'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function TwoFactorSetup({ challenge, onResult, onStartOver }: StepProps) {
  const secret = useQuery(loginTwoFactorSetupQuery(challenge));
  const form = useForm({ resolver: zodResolver(TwoFactorEnableSchema), defaultValues: { code: '' } });
  const verify = useTwoFactorLogin();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;
  const secretError = secret.error instanceof ApiError ? secret.error : null;

  const submit = form.handleSubmit(async ({ code }) => {
    setProblem(null);
    try {
      onResult(await verify.mutateAsync({ challenge, code }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'INVALID_TWO_FACTOR_CODE') {
        form.setError(
          'code',
          {
            type: 'server',
            message: 'That code did not work. Check the key was typed exactly, then try the newest code.',
          },
          { shouldFocus: true },
        );
        return;
      }
      setProblem(applyApiError(e, form.setError, ['code']));
    }
  });

  return (
    <Stack gap="md">
      <FocusHeading order={2}>Set up two-step sign-in</FocusHeading>
      <Text>
        Your practice asks everyone who works with clients to confirm sign-in with a phone app. This takes
        about two minutes.
      </Text>
      {secret.isPending && <Loader size="sm" role="status" aria-label="Preparing your setup key" />}
      {secretError && (
        <Alert color="red" title={secretError.title} role="alert">
          {secretError.detail ?? secretError.message}
          <StartOver onStartOver={onStartOver} />
        </Alert>
      )}
      {secret.data && (
        <>
          <TotpSecretPanel secret={secret.data} />
          <form onSubmit={(e) => void submit(e)} noValidate aria-label="Confirm two-step sign-in">
            <Stack gap="md">
              <FormErrorAlert error={problem}>
                {isExpiredChallenge(problem) && <StartOver onStartOver={onStartOver} />}
              </FormErrorAlert>
              <TextInput
                label="6-digit code from the app"
                description="After adding the key, the app shows a code that changes every 30 seconds."
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                {...form.register('code')}
                error={errors.code?.message}
              />
              <Group>
                <Button type="submit" loading={isSubmitting}>
                  Turn on and continue
                </Button>
              </Group>
            </Stack>
          </form>
        </>
      )}
    </Stack>
  );
}

function StartOver({ onStartOver }: { onStartOver: () => void }) {
  return (
    <Text mt="xs">
      <Anchor component="button" type="button" onClick={onStartOver} c="sage.8">
        Start signing in again
      </Anchor>
    </Text>
  );
}
