import { zodResolver } from '@hookform/resolvers/zod';
import { LoginSchema } from '@askwell/domain';
import type { ResolverOptions } from 'react-hook-form';
import { ApiError } from './api-client';
import { lazyValidation, onSubmitReporting } from './lazy-resolver';

type Login = { email: string; password: string };
const options: ResolverOptions<Login> = { fields: {}, shouldUseNativeValidation: false };
const schemas = { login: zodResolver(LoginSchema) };

describe('lazyValidation', () => {
  it('answers exactly as the schema does, once its code has arrived (loaded once for every form)', async () => {
    const load = jest.fn(() => Promise.resolve(schemas));
    const validation = lazyValidation(load);
    const resolver = validation.resolver((m) => m.login);
    validation.preload();

    const blank = await resolver({ email: 'not an address', password: '' }, undefined, options);
    const direct = await schemas.login({ email: 'not an address', password: '' }, undefined, options);
    expect(blank).toEqual(direct);
    expect(blank.errors['email']?.message).toBe('Enter an email address like name@example.com.');
    expect(blank.errors['password']?.message).toBe('Enter your password.');

    const good = await resolver({ email: ' Sam@Example.com ', password: 'x' }, undefined, options);
    expect(good).toEqual({ values: { email: 'sam@example.com', password: 'x' }, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the check could not run when its code cannot be downloaded, and downloads again next time', async () => {
    const load = jest
      .fn<Promise<typeof schemas>, []>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(schemas);
    const resolver = lazyValidation(load).resolver((m) => m.login);

    const failed = resolver({ email: 'sam@example.com', password: 'x' }, undefined, options);
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    await expect(failed).rejects.toMatchObject({ status: 0, title: 'Not checked yet' });

    const retried = await resolver({ email: 'sam@example.com', password: 'x' }, undefined, options);
    expect(retried.errors).toEqual({});
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('onSubmitReporting', () => {
  const event = { preventDefault: () => undefined } as unknown as Parameters<
    ReturnType<typeof onSubmitReporting>
  >[0];

  it('reports a submit that failed with an ApiError as it is, and anything else as unexpected', async () => {
    const report = jest.fn();
    const unavailable = new ApiError(0, 'VALIDATION_UNAVAILABLE', 'Not checked yet');
    onSubmitReporting(() => Promise.reject(unavailable), report)(event);
    onSubmitReporting(() => Promise.reject(new Error('bug')), report)(event);
    onSubmitReporting(() => Promise.resolve(), report)(event);
    await new Promise((r) => setTimeout(r, 0));
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls[0]?.[0]).toBe(unavailable);
    expect(report.mock.calls[1]?.[0]).toMatchObject({ code: 'UNEXPECTED', title: 'Something went wrong' });
  });
});
