import { Alert, Button, Center, Loader } from '@mantine/core';
import type { Role } from '@askwell/domain';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { homeFor, peekSignOutNotice, useSession } from '../api/session';

function Checking() {
  return (
    <Center py="xl">
      <Loader size="md" role="status" aria-label="Checking your sign-in" />
    </Center>
  );
}

/** Where to go after signing in: a path inside the app remembered by the guard, never another site. */
export function returnPathFrom(state: unknown): string | null {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : null;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

/** Signed-in pages: anyone else goes to sign-in, remembering where they were going. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Checking />;
  if (session.isError)
    return (
      <Alert color="red" title="We could not check your sign-in" role="alert">
        Askwell did not answer. Check your connection and try again.{' '}
        <Button variant="default" size="xs" ml="xs" onClick={() => void session.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  if (!session.data) {
    // After signing out on purpose, the next person starts at their own home, not at this page.
    const from =
      peekSignOutNotice()?.reason === 'signed-out' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to={paths.login} replace state={from ? { from } : null} />;
  }
  return <Outlet />;
}

/** Pages for some roles only: anyone else is sent to their own start page before anything renders. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const session = useSession().data;
  if (!session) return null;
  if (!roles.includes(session.account.role)) return <Navigate to={homeFor(session.account.role)} replace />;
  return <Outlet />;
}

/** Sign-in and sign-up: someone already signed in goes on to where they were going. */
export function GuestOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Checking />;
  if (session.data)
    return <Navigate to={returnPathFrom(location.state) ?? homeFor(session.data.account.role)} replace />;
  return <Outlet />;
}

/** `/`: each role's own start page. */
export function HomeRedirect() {
  const session = useSession().data;
  if (!session) return null;
  return <Navigate to={homeFor(session.account.role)} replace />;
}
