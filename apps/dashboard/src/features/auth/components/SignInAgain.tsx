import { useQueryClient } from '@tanstack/react-query';
import type { AccountSession } from '@askwell/domain';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  answerSignIn,
  declineSignIn,
  registerSignInHost,
  useSignInQuestion,
} from '../../../lib/sign-in-again';
import { endExpiredSession, homeFor, replaceSession, storeSession, useSession } from '../api/session';

type Dialog = typeof import('./SignInAgainDialog').SignInAgainDialog;
const loadDialog = async () => (await import('./SignInAgainDialog')).SignInAgainDialog;

/**
 * Where the sign-in dialog lives (lib/sign-in-again.ts asks for it): on every screen while someone is signed
 * in. Its code (the dialog and the sign-in form) is fetched in the background once someone is signed in, so
 * it opens at once when the session ends, and is shown only then.
 */
export function SignInAgain() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const asking = useSignInQuestion();
  // Who the question is about: the session as it was when it ended (the cache keeps it while asking).
  const who = useSession().data;
  const [Dialog, setDialog] = useState<Dialog | null>(null);
  const signedIn = who != null;
  useEffect(() => {
    if (Dialog || !(signedIn || asking)) return;
    let live = true;
    loadDialog().then(
      (loaded) => live && setDialog(() => loaded),
      () => undefined, // tried again on the next change (or when asked)
    );
    return () => {
      live = false;
    };
  }, [Dialog, asking, signedIn]);
  useEffect(() => registerSignInHost(), []);
  if (!asking || !Dialog || !who) return null;

  const onSignedIn = (next: AccountSession) => {
    if (next.account.id === who.account.id) {
      storeSession(queryClient, next);
      answerSignIn();
      return;
    }
    // Someone else: the first person's unsent writes are not sent as them.
    declineSignIn();
    replaceSession(queryClient, next);
    void navigate(homeFor(next.account.role), { replace: true });
  };
  const onLeave = () => {
    declineSignIn();
    endExpiredSession(queryClient);
  };
  return <Dialog email={who.account.email} onSignedIn={onSignedIn} onLeave={onLeave} />;
}
