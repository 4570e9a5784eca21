import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { PasswordConfirmSchema, TwoFactorEnableSchema } from '@askwell/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { applyApiError } from '../../../lib/form-errors';
import { useBeginTwoFactor, useDisableTwoFactor, useEnableTwoFactor } from '../api/account';
import { useSession } from '../api/session';
import type { TotpSecret } from '@askwell/domain';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSecretPanel } from './TotpSecretPanel';

type View =
  | { kind: 'status' }
  | { kind: 'setup'; secret: TotpSecret }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'disable' };

/** Turning two-step sign-in on (app + code, then recovery codes once) or off (with the password). */
export function TwoFactorSettings() {
  const session = useSession().data;
  const [view, setView] = useState<View>({ kind: 'status' });
  const [turnedOff, setTurnedOff] = useState(false);
  const begin = useBeginTwoFactor();
  const beginError = begin.error instanceof ApiError ? begin.error : null;
  if (!session) return null;
  const { twoFactorEnabled, role } = session.account;
  const required = session.practice.requireTwoFactor && role !== 'client';

  switch (view.kind) {
    case 'setup':
      return (
        <EnableForm
          secret={view.secret}
          onEnabled={(codes) => setView({ kind: 'codes', codes })}
          onCancel={() => setView({ kind: 'status' })}
        />
      );
    case 'codes':
      return <RecoveryCodes headingOrder={3} codes={view.codes} onDone={() => setView({ kind: 'status' })} />;
    case 'disable':
      return (
        <DisableForm
          onDone={() => {
            setTurnedOff(true);
            setView({ kind: 'status' });
          }}
          onCancel={() => setView({ kind: 'status' })}
        />
      );
    case 'status':
      return (
        <Stack gap="sm" maw={560}>
          <Group gap="sm">
            <Text>Status:</Text>
            <Badge color={twoFactorEnabled ? 'sage.7' : 'dark.6'} variant="filled" radius="sm">
              {twoFactorEnabled ? 'On' : 'Off'}
            </Badge>
          </Group>
          {turnedOff && !twoFactorEnabled && (
            <Alert color="sage" role="status">
              Two-step sign-in is off. You can turn it on again at any time.
            </Alert>
          )}
          {twoFactorEnabled ? (
            <>
              <Text>
                Each time you sign in, you confirm it with a code from the authenticator app on your phone.
              </Text>
              {required ? (
                <Text c="dark.6">
                  Your practice requires two-step sign-in for everyone who works with clients, so it stays on.
                </Text>
              ) : (
                <Group>
                  <Button variant="default" onClick={() => setView({ kind: 'disable' })}>
                    Turn off two-step sign-in
                  </Button>
                </Group>
              )}
            </>
          ) : (
            <>
              <Text>
                Add a second step to signing in: a code from an app on your phone. Even if someone learns your
                password, they cannot get in without your phone.
              </Text>
              <FormErrorAlert error={beginError} />
              <Group>
                <Button
                  loading={begin.isPending}
                  onClick={() =>
                    begin.mutate(undefined, { onSuccess: (secret) => setView({ kind: 'setup', secret }) })
                  }
                >
                  Turn on two-step sign-in
                </Button>
              </Group>
            </>
          )}
        </Stack>
      );
  }
}

function EnableForm({
  secret,
  onEnabled,
  onCancel,
}: {
  secret: TotpSecret;
  onEnabled: (codes: string[]) => void;
  onCancel: () => void;
}) {
  const form = useForm({ resolver: zodResolver(TwoFactorEnableSchema), defaultValues: { code: '' } });
  const enable = useEnableTwoFactor();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ code }) => {
    setProblem(null);
    try {
      onEnabled((await enable.mutateAsync(code)).recoveryCodes);
    } catch (e) {
      setProblem(applyApiError(e, form.setError, ['code']));
    }
  });

  return (
    <Stack gap="md" maw={560}>
      <TotpSecretPanel secret={secret} />
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Confirm two-step sign-in">
        <Stack gap="md">
          <FormErrorAlert error={problem} />
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
              Turn on
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function DisableForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const form = useForm({ resolver: zodResolver(PasswordConfirmSchema), defaultValues: { password: '' } });
  const disable = useDisableTwoFactor();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setProblem(null);
    try {
      await disable.mutateAsync(password);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'INVALID_CREDENTIALS') {
        form.setError(
          'password',
          { type: 'server', message: 'That password is not right.' },
          { shouldFocus: true },
        );
        return;
      }
      setProblem(applyApiError(e, form.setError, ['password']));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Turn off two-step sign-in">
      <Stack gap="md" maw={480}>
        <Text>
          To turn off two-step sign-in, confirm with your password. Your recovery codes will stop working.
        </Text>
        <FormErrorAlert error={problem} />
        <PasswordInput
          label="Your password"
          autoComplete="current-password"
          required
          {...form.register('password')}
          error={errors.password?.message}
        />
        <Group>
          <Button type="submit" color="red.9" loading={isSubmitting}>
            Turn off
          </Button>
          <Button variant="default" onClick={onCancel}>
            Keep it on
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
