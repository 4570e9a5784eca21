import type { FastifyReply } from 'fastify';

/** Weak-free version tags: a row's integer version, quoted. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/** For @ApiHeader on every update. */
export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: true,
  description: 'The ETag ("v<version>") you last read',
} as const;
