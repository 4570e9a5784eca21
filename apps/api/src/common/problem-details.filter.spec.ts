import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toProblem } from './problem-details.filter';

describe('toProblem', () => {
  it('answers 503 with Retry-After when the database is down or restarting, not 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    );
    const terminated = new Error('Connection terminated unexpectedly');
    for (const e of [refused, shutdown, terminated]) {
      expect(toProblem(e)).toEqual({
        problem: expect.objectContaining({ status: 503, code: 'SERVICE_UNAVAILABLE' }),
        headers: { 'retry-after': '2' },
      });
    }
  });

  it('keeps other database errors and bugs at 500 without detail from the error', () => {
    const constraint = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('duplicate key value'), { code: '23505' }),
    );
    expect(toProblem(constraint).problem).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(JSON.stringify(toProblem(new Error('secret internals')))).not.toContain('secret');
    expect(toProblem(new AppError('NOT_FOUND', 'Not found')).problem.status).toBe(404);
  });
});
