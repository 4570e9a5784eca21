import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

/** Weak-free version tags: a row's integer version, quoted. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/**
 * Updates need If-Match with the version the client last saw: missing → 428, stale → 412, so two people
 * editing the same thing never silently overwrite each other.
 */
export function requireIfMatch(request: FastifyRequest, currentVersion: number): number {
  const given = request.headers['if-match'];
  if (!given)
    throw new AppError(
      'PRECONDITION_REQUIRED',
      'Version required',
      'Send If-Match with the ETag you last read, so changes by others are not overwritten.',
    );
  const match = /^"v(\d+)"$/.exec(given.trim());
  if (!match || Number(match[1]) !== currentVersion) {
    throw new AppError(
      'PRECONDITION_FAILED',
      'Changed by someone else',
      'This was changed since you opened it. Reload to see the latest version, then make your change again.',
    );
  }
  return currentVersion;
}

/** For @ApiHeader on every update. */
export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: true,
  description: 'The ETag ("v<version>") you last read',
} as const;
