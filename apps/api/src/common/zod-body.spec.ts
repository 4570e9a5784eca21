import { z } from 'zod';
import { AppError } from './app-error';
import { findUnstorableText, ZodValidationPipe } from './zod-body';

describe('text PostgreSQL cannot store', () => {
  it('finds NUL and lone surrogates in values and keys, and lets real pairs through', () => {
    expect(findUnstorableText({ a: [{ b: 'x\u0000y' }] })).toBe('a.0.b');
    expect(findUnstorableText({ data: { text: 'x\uD800' } })).toBe('data.text');
    expect(findUnstorableText({ data: { ['k\uDC00']: 1 } })).toBe('data.k\\udc00');
    expect(findUnstorableText('\u0000')).toBe('(body)');
    expect(findUnstorableText({ text: '👩‍👩‍👧 e\u0301 \u202E' })).toBeUndefined();
  });

  it('walks a body nested thousands of levels deep without overflowing the stack', () => {
    expect(findUnstorableText(JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)))).toBeUndefined();
  });

  it('answers 400 with the field, before the schema runs', () => {
    const pipe = new ZodValidationPipe(z.object({ data: z.record(z.string(), z.unknown()) }));
    expect(() => pipe.transform({ data: { text: 'a\u0000' } })).toThrow(AppError);
    try {
      pipe.transform({ data: { text: 'a\u0000' } });
    } catch (e) {
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).errors).toEqual([{ path: 'data.text', message: expect.any(String) }]);
    }
  });
});
