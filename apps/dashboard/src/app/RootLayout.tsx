import { Outlet } from 'react-router';
import { Layout } from '../components/Layout';
import { AccountMenu, MainNav } from '../features/auth/components/Navigation';

/** The app's frame with the signed-in person's navigation. */
export function RootLayout() {
  return (
    <Layout nav={<MainNav />} account={<AccountMenu />}>
      <Outlet />
    </Layout>
  );
}
