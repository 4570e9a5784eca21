import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { ChangePasswordSchema } from '@askwell/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { ApiError } from '../../../lib/api-client';
import { applyApiError } from '../../../lib/form-errors';
import { useChangePassword } from '../api/account';
import { PASSWORD_HINT } from './SignUpForm';

export function ChangePasswordForm() {
  const form = useForm({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const change = useChangePassword();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    setDone(false);
    try {
      await change.mutateAsync(values);
      form.reset();
      setDone(true);
    } catch (e) {
      setProblem(applyApiError(e, form.setError, ['currentPassword', 'newPassword']));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Change your password">
      <Stack gap="md" maw={480}>
        <FormErrorAlert error={problem} />
        {done && (
          <Alert color="sage" title="Password changed" role="status">
            You stay signed in here. Anywhere else you were signed in has been signed out.
          </Alert>
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.register('currentPassword')}
          error={errors.currentPassword?.message}
        />
        <PasswordInput
          label="New password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          required
          {...form.register('newPassword')}
          error={errors.newPassword?.message}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
