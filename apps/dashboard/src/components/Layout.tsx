import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { paths } from '../config/paths';

/** The frame of every screen: a skip link, a plain header, the page in a readable column. */
export function Layout() {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between">
            <Anchor component={Link} to={paths.home} fw={700} fz="lg" c="sage.9" underline="never">
              Askwell
            </Anchor>
            <Group gap="md" component="nav" aria-label="Main">
              <Anchor component={Link} to={paths.status} c="dark.6">
                Status
              </Anchor>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" id="main" component="main" tabIndex={-1}>
          <Outlet />
        </Container>
      </AppShell.Main>
      <Text component="footer" size="xs" c="dark.4" ta="center" pb="md">
        Askwell is a practice tool between sessions. It is not monitored in real time and is not an emergency service.
      </Text>
    </AppShell>
  );
}
