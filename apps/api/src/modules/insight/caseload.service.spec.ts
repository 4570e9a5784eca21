import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/app-error';
import {
  decodeCaseloadCursor,
  encodeCaseloadCursor,
  readinessRowsOf,
  type ReadinessTuple,
} from './caseload.service';
import { READINESS_COLUMNS } from './insight.sql';

describe('the caseload page rows', () => {
  it("reads each experiment's values in the order of READINESS_COLUMNS", () => {
    const values: ReadinessTuple = [
      'my sister',
      'phone',
      'relationships',
      0.3,
      80,
      6,
      true,
      'yes',
      'yes',
      'She was glad.',
      40,
      3,
    ];
    const [row] = readinessRowsOf('c1', [values]);
    expect(row).toEqual({
      client_id: 'c1',
      ...Object.fromEntries(READINESS_COLUMNS.map(([column], i) => [column, values[i]])),
    });
    expect(readinessRowsOf('c1', null)).toEqual([]);
  });
});

describe('the caseload cursor', () => {
  const id = randomUUID();
  const cursor = encodeCaseloadCursor('attention', 'desc', { k1: '-2', k2: '0', nk: 'maya okafor', id });
  /** A cursor with any key, as a forger would write it. */
  const forged = (key: unknown[]) => Buffer.from(JSON.stringify(['caseload', ...key])).toString('base64url');
  const refused = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof AppError ? e.code : 'another error';
    }
    return 'accepted';
  };

  it('gives back the key of the page it ends, for the order it was made for', () => {
    expect(decodeCaseloadCursor(cursor, 'attention', 'desc')).toEqual({
      k1: '-2',
      k2: '0',
      nk: 'maya okafor',
      id,
    });
    expect(decodeCaseloadCursor(undefined, 'name', 'asc')).toBeNull();
  });

  it('refuses a cursor of another order, or one it did not make, with a 400 INVALID_CURSOR', () => {
    expect(refused(() => decodeCaseloadCursor(cursor, 'attention', 'asc'))).toBe('INVALID_CURSOR');
    expect(refused(() => decodeCaseloadCursor(cursor, 'name', 'desc'))).toBe('INVALID_CURSOR');
    expect(refused(() => decodeCaseloadCursor('%%%', 'attention', 'desc'))).toBe('INVALID_CURSOR');
    for (const key of [
      ['attention', 'desc', '-2', '0', 'maya okafor', 'not-a-uuid'],
      ['attention', 'desc', '99999999999999999999', '0', 'maya okafor', id],
      ['attention', 'desc', '1.5', '0', 'maya okafor', id],
      ['attention', 'desc', -2, '0', 'maya okafor', id],
      ['attention', 'desc', '-2', '0', 'maya okafor'],
    ])
      expect(refused(() => decodeCaseloadCursor(forged(key), 'attention', 'desc'))).toBe('INVALID_CURSOR');
    // The same key without the list's name (the old format), or with another list's.
    const bare = Buffer.from(JSON.stringify(['attention', 'desc', '-2', '0', 'maya okafor', id])).toString(
      'base64url',
    );
    expect(refused(() => decodeCaseloadCursor(bare, 'attention', 'desc'))).toBe('INVALID_CURSOR');
    const notAnArray = Buffer.from(JSON.stringify({ sort: 'attention' })).toString('base64url');
    expect(refused(() => decodeCaseloadCursor(notAnArray, 'attention', 'desc'))).toBe('INVALID_CURSOR');
  });
});
