import { Center, Loader } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Layout } from '../components/Layout';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { AccountMenu, IdleWatch, MainNav, SignInAgain } from '../features/auth';
import { TimeZoneSync } from '../features/entries';

/**
 * The app's frame with the signed-in person's navigation, the idle sign-out and the sign-in dialog for a
 * session that ends with something unsent. After moving to another
 * screen, focus goes to the page content, so screen-reader and keyboard users start there (as after a
 * full page load) instead of on the link they left behind. A screen's code loads on demand: the spinner
 * shows only on the first screen (later moves keep the old screen until the new one is ready).
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <Layout nav={<MainNav />} account={<AccountMenu />}>
      <IdleWatch />
      <SignInAgain />
      <TimeZoneSync />
      <PageErrorBoundary resetKey={pathname}>
        <Suspense
          fallback={
            <Center py="lg">
              <Loader role="status" aria-label="Loading the page" />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}
