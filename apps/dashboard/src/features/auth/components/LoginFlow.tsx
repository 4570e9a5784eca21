import { Button, Center, Group, Loader, PasswordInput, Stack, TextInput } from '@mantine/core';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { ApiError } from '../../../lib/api-client';
import { applyApiError } from '../../../lib/form-errors';
import { lazyValidation, onSubmitReporting } from '../../../lib/lazy-resolver';
import { isDone, useLogin } from '../api/login';
import type { AccountSession, LoginResult } from '@askwell/domain';

// A second step (a code, or setting up an app) is loaded only when the API asks for one.
const ContinueSignIn = lazy(async () => ({ default: (await import('./TwoFactorSteps')).ContinueSignIn }));
// The schema checks load beside the form, not before it (lib/lazy-resolver.ts).
const validation = lazyValidation(() => import('../validation'));

/** Email and password, then whatever the practice asks for next. */
export function LoginFlow({
  onSignedIn,
  defaultEmail = '',
}: {
  onSignedIn: (session: AccountSession) => void;
  defaultEmail?: string;
}) {
  const [pending, setPending] = useState<LoginResult | null>(null);
  if (pending)
    return (
      <Suspense
        fallback={
          <Center py="md">
            <Loader size="sm" role="status" aria-label="Loading the next step" />
          </Center>
        }
      >
        <ContinueSignIn result={pending} onSignedIn={onSignedIn} onStartOver={() => setPending(null)} />
      </Suspense>
    );
  return (
    <CredentialsForm
      defaultEmail={defaultEmail}
      // A transition: the form stays on screen while the next step's code arrives (no flash of a spinner).
      onResult={(r) => (isDone(r) ? onSignedIn(r.session) : startTransition(() => setPending(r)))}
    />
  );
}

function CredentialsForm({
  onResult,
  defaultEmail,
}: {
  onResult: (r: LoginResult) => void;
  defaultEmail: string;
}) {
  const form = useForm({
    resolver: validation.resolver((v) => v.loginResolver),
    defaultValues: { email: defaultEmail, password: '' },
  });
  const login = useLogin();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;
  useEffect(() => validation.preload(), []);

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      onResult(await login.mutateAsync(values));
    } catch (e) {
      setProblem(applyApiError(e, form.setError, ['email', 'password']));
    }
  });

  return (
    <form onSubmit={onSubmitReporting(submit, setProblem)} noValidate aria-label="Sign in">
      <Stack gap="md">
        <FormErrorAlert error={problem} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...form.register('email')}
          error={errors.email?.message}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.register('password')}
          error={errors.password?.message}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Sign in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
