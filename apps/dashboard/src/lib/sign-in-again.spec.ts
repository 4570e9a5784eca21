import { ApiError } from './api-client';
import {
  answerSignIn,
  declineSignIn,
  isAskingToSignIn,
  onSignedInAgain,
  registerSignInHost,
  withSignIn,
} from './sign-in-again';

const gone = () => new ApiError(401, 'UNAUTHENTICATED', 'Please sign in');

describe('withSignIn', () => {
  let unregister: () => void = () => undefined;
  afterEach(() => unregister());

  it('asks to sign in again when the session is gone, then sends once more', async () => {
    unregister = registerSignInHost();
    const send = jest.fn().mockRejectedValueOnce(gone()).mockResolvedValueOnce('stored');
    const signedIn = jest.fn();
    const off = onSignedInAgain(signedIn);
    const result = withSignIn(send);
    await Promise.resolve();
    await Promise.resolve();
    expect(isAskingToSignIn()).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    answerSignIn();
    await expect(result).resolves.toBe('stored');
    expect(send).toHaveBeenCalledTimes(2);
    expect(signedIn).toHaveBeenCalledTimes(1);
    expect(isAskingToSignIn()).toBe(false);
    off();
  });

  it('asks once for every write that meets the ended session', async () => {
    unregister = registerSignInHost();
    const a = jest.fn().mockRejectedValueOnce(gone()).mockResolvedValueOnce('a');
    const b = jest.fn().mockRejectedValueOnce(gone()).mockResolvedValueOnce('b');
    const both = Promise.all([withSignIn(a), withSignIn(b)]);
    await new Promise((r) => setTimeout(r, 0));
    answerSignIn();
    await expect(both).resolves.toEqual(['a', 'b']);
  });

  it('declined, fails with the original answer (so the app goes to the sign-in page)', async () => {
    unregister = registerSignInHost();
    const error = gone();
    const result = withSignIn(jest.fn().mockRejectedValue(error));
    await new Promise((r) => setTimeout(r, 0));
    declineSignIn();
    await expect(result).rejects.toBe(error);
  });

  it('does not ask about other errors, nor when no dialog can be shown', async () => {
    const other = new ApiError(400, 'VALIDATION_FAILED', 'Check the form');
    await expect(withSignIn(jest.fn().mockRejectedValue(other))).rejects.toBe(other);
    const error = gone();
    await expect(withSignIn(jest.fn().mockRejectedValue(error))).rejects.toBe(error);
    expect(isAskingToSignIn()).toBe(false);
  });
});
