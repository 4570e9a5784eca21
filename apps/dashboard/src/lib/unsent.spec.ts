import { hasUnsent, registerUnsent } from './unsent';

const closeThePage = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
};

describe('the warning before leaving a page with unsent text', () => {
  it('asks the browser to warn while anything is unsent, and not otherwise', () => {
    let unsent = true;
    const unregister = registerUnsent(() => unsent);
    expect(hasUnsent()).toBe(true);
    expect(closeThePage().defaultPrevented).toBe(true);

    unsent = false;
    expect(closeThePage().defaultPrevented).toBe(false);

    unsent = true;
    unregister();
    expect(hasUnsent()).toBe(false);
    expect(closeThePage().defaultPrevented).toBe(false);
  });
});
