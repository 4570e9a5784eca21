import { Alert } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiError } from '../lib/api-client';

/**
 * A problem that belongs to no single field. Takes focus when it appears, so keyboard and screen-reader users
 * land on it (role="alert" also announces it).
 */
export function FormErrorAlert({ error, children }: { error: ApiError | null; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" title={error.title} role="alert">
      {error.detail ?? error.message}
      {children}
    </Alert>
  );
}
