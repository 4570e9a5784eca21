import { Injectable } from '@nestjs/common';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '@askwell/domain';

/** OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane. Asserted in password.service.spec.ts. */
// Algorithm is an ambient const enum (not readable under isolatedModules): 2 is its Argon2id member.
const ARGON2ID: Algorithm.Argon2id = 2;
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** The ~49k most common passwords (zxcvbn-ts), those long enough to pass the length rule. */
const COMMON = new Set(
  dictionary['passwords-common'].filter((p) => p.length >= PASSWORD_MIN_LENGTH).map((p) => p.toLowerCase()),
);

@Injectable()
export class PasswordService {
  /** A real hash of a random string: login verifies against it when the email is unknown, so both paths take the same time. */
  private readonly dummyHash = hash(`dummy-${Math.random()}`, ARGON2_PARAMS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_PARAMS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }

  /** Why a new password is refused, in words for the person choosing it; null when it is fine. */
  weakness(
    password: string,
    context: { email?: string; displayName?: string; practiceName?: string },
  ): string | null {
    const lower = password.toLowerCase();
    if (COMMON.has(lower))
      return 'This password is one of the most common ones, so it is easy to guess. Try a few unrelated words.';
    const local = context.email?.split('@')[0]?.toLowerCase();
    for (const word of [
      local,
      context.email?.toLowerCase(),
      context.displayName?.toLowerCase(),
      context.practiceName?.toLowerCase(),
    ]) {
      if (word && word.length >= 4 && lower === word)
        return 'Choose a password that is not your name or email address.';
    }
    return null;
  }
}
