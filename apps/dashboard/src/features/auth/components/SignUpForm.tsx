import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { SignUpSchema } from '@askwell/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { ApiError } from '../../../lib/api-client';
import { applyApiError } from '../../../lib/form-errors';
import { useSignUp } from '../api/login';
import { storeSession } from '../api/session';

export const PASSWORD_HINT =
  'At least 8 characters. A few ordinary words together, like "kettle orange window", are strong and easy to remember.';

/** A new practice and its owner; signed in straight away. */
export function SignUpForm() {
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: zodResolver(SignUpSchema),
    defaultValues: { practiceName: '', displayName: '', email: '', password: '' },
  });
  const signUp = useSignUp();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const result = await signUp.mutateAsync(values);
      if (result.status === 'signed-in') storeSession(queryClient, result.session);
    } catch (e) {
      setProblem(applyApiError(e, form.setError, ['practiceName', 'displayName', 'email', 'password']));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Create a practice">
      <Stack gap="md">
        <FormErrorAlert error={problem} />
        <TextInput
          label="Practice name"
          description="The name your clients will see, like Harbour Coaching."
          autoComplete="organization"
          required
          {...form.register('practiceName')}
          error={errors.practiceName?.message}
        />
        <TextInput
          label="Your name"
          description="As your clients know you."
          autoComplete="name"
          required
          {...form.register('displayName')}
          error={errors.displayName?.message}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.register('email')}
          error={errors.email?.message}
        />
        <PasswordInput
          label="Password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          required
          {...form.register('password')}
          error={errors.password?.message}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Create my practice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
