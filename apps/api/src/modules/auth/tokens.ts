import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session ids, invitation and reset tokens, login challenges. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as hashes, so a database leak does not hand out live sessions or links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Tokens that must find their practice without a lookup table carry the practice id in front:
 * "<practiceId>.<token>". The practice id is not secret; the token part is.
 */
export function composeToken(practiceId: string, token: string): string {
  return `${practiceId}.${token}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseComposedToken(value: string | undefined): { practiceId: string; token: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  const practiceId = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (dot < 0 || !UUID.test(practiceId) || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return { practiceId, token };
}
