import { zodResolver } from '@hookform/resolvers/zod';
import { LoginSchema } from '@askwell/domain';

/** The sign-in form's check: the domain's schema, loaded beside the form (LoginFlow, lib/lazy-resolver.ts). */
export const loginResolver = zodResolver(LoginSchema);
