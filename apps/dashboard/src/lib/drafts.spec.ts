import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { captureDrafts, clearDrafts, hasDraft, setDraftOwner, useDraftGuard } from './drafts';

function useGuardedForm(key: string) {
  const form = useForm({ defaultValues: { name: 'Harbour', password: '' } });
  const { restored } = useDraftGuard(key, form);
  return { form, restored };
}

describe('drafts kept across an idle sign-out', () => {
  beforeEach(() => {
    clearDrafts();
    setDraftOwner('alice');
  });

  it('keeps only changed forms, never their password fields, and gives them back once to the same person', () => {
    const first = renderHook(() => useGuardedForm('settings'));
    renderHook(() => useGuardedForm('untouched'));
    act(() => {
      first.result.current.form.setValue('name', 'Harbour and Co');
      first.result.current.form.setValue('password', 'secret words here');
    });
    expect(captureDrafts()).toBe(1);
    expect(hasDraft('untouched')).toBe(false);
    first.unmount();

    setDraftOwner('alice');
    const again = renderHook(() => useGuardedForm('settings'));
    expect(again.result.current.restored).toBe(true);
    expect(again.result.current.form.getValues()).toEqual({ name: 'Harbour and Co', password: '' });
    expect(hasDraft('settings')).toBe(false);
  });

  it('drops the drafts when someone else signs in', () => {
    const form = renderHook(() => useGuardedForm('settings'));
    act(() => form.result.current.form.setValue('name', 'Private note'));
    captureDrafts();
    form.unmount();
    setDraftOwner('bob');
    expect(hasDraft('settings')).toBe(false);
    expect(renderHook(() => useGuardedForm('settings')).result.current.restored).toBe(false);
  });
});
