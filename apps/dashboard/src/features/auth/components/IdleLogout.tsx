import { useQueryClient } from '@tanstack/react-query';
import type { Role } from '@askwell/domain';
import { useEffect, useRef, useState } from 'react';
import { refreshSession, signOutForInactivity, useSession, useSignOut } from '../api/session';

const WARN_BEFORE_MS = 2 * 60_000;
/** While someone is active, tell the server at most this often (its idle clock only sees requests). */
const SERVER_TOUCH_EVERY_MS = 2 * 60_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const;
const CHANNEL = 'askwell-activity';

type WarningDialog = typeof import('./IdleWarningDialog').IdleWarningDialog;
const loadWarningDialog = async () => (await import('./IdleWarningDialog')).IdleWarningDialog;

/**
 * Signs out after the practice's idle limit, with a warning two minutes before. Activity is pointer, key
 * and touch input in any tab of this app (tabs tell each other over a BroadcastChannel, so reading in one
 * tab does not sign out another).
 */
export function IdleLogout({ minutes, role }: { minutes: number; role: Role }) {
  const queryClient = useQueryClient();
  const [warning, setWarning] = useState(false);
  const lastActivity = useRef(0);
  const lastTouch = useRef(0);
  const warned = useRef(false);
  const { signOut } = useSignOut();
  // The warning's code is fetched in the background once someone is signed in, long before a warning can be
  // due, and mounted closed from then on (so it animates and returns focus as before). Not React.lazy: its
  // Suspense fallback, though empty, would hold back the first screen (React's 300 ms reveal throttle).
  const [Dialog, setDialog] = useState<WarningDialog | null>(null);
  useEffect(() => {
    if (Dialog) return;
    let live = true;
    loadWarningDialog().then(
      (loaded) => live && setDialog(() => loaded),
      () => undefined, // tried again when the warning is due
    );
    return () => {
      live = false;
    };
  }, [Dialog, warning]);

  const touchServer = () => {
    lastTouch.current = Date.now();
    refreshSession(queryClient).catch(() => undefined); // offline: the next touch tries again
  };

  useEffect(() => {
    const limitMs = minutes * 60_000;
    const now = Date.now();
    lastActivity.current = now;
    lastTouch.current = now;
    warned.current = false;
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    let lastBroadcast = 0;

    const onActivity = () => {
      if (warned.current) return; // Only "Stay signed in" answers the warning.
      const t = Date.now();
      lastActivity.current = t;
      if (channel && t - lastBroadcast > 10_000) {
        lastBroadcast = t;
        channel.postMessage(t);
      }
      if (t - lastTouch.current > SERVER_TOUCH_EVERY_MS) {
        lastTouch.current = t;
        refreshSession(queryClient).catch(() => undefined);
      }
    };
    const onOtherTab = (e: MessageEvent) => {
      if (typeof e.data === 'number' && e.data > lastActivity.current) {
        lastActivity.current = e.data;
        if (warned.current) {
          warned.current = false;
          setWarning(false);
        }
      }
    };

    let signingOut = false;
    const tick = setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= limitMs && !signingOut) {
        signingOut = true;
        clearInterval(tick);
        void signOutForInactivity(queryClient, minutes);
      } else if (idle >= limitMs - WARN_BEFORE_MS && !warned.current) {
        warned.current = true;
        setWarning(true);
      }
    }, 1000);

    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    channel?.addEventListener('message', onOtherTab);
    return () => {
      clearInterval(tick);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      channel?.close();
    };
  }, [minutes, queryClient]);

  const stay = () => {
    warned.current = false;
    lastActivity.current = Date.now();
    setWarning(false);
    touchServer();
  };

  if (!Dialog) return null;
  return <Dialog opened={warning} role={role} onStay={stay} onSignOut={() => void signOut()} />;
}

/** On every screen while someone is signed in (public pages too: the session is just as open there). */
export function IdleWatch() {
  const session = useSession().data;
  if (!session) return null;
  return <IdleLogout minutes={session.practice.idleTimeoutMinutes} role={session.account.role} />;
}
