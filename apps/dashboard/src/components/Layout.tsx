import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';

interface LayoutProps {
  /** Main navigation (for the signed-in person's role). */
  nav?: ReactNode;
  /** Who is signed in, and the way out. */
  account?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every screen: a skip link, a plain header that wraps onto two lines on a phone, the page in a
 * readable column, and the reminder that this is not an emergency service.
 */
export function Layout({ nav, account, children }: LayoutProps) {
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Anchor component={Link} to={paths.home} fw={700} fz="lg" c="sage.9" underline="never">
              Askwell
            </Anchor>
            <Group gap="md" wrap="wrap" justify="flex-end" style={{ flex: '1 1 auto' }}>
              {nav}
              {account}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container
        size="lg"
        id="main"
        component="main"
        tabIndex={-1}
        py="lg"
        w="100%"
        className="focus-target"
        style={{ flex: 1 }}
      >
        {children}
      </Container>
      <Box component="footer" pb="md" px="md">
        <Text size="xs" c="dark.6" ta="center">
          Askwell is a practice tool between sessions. It is not monitored in real time and is not an
          emergency service.{' '}
          <Anchor component={Link} to={paths.status} c="dark.6" fz="xs">
            System status
          </Anchor>
        </Text>
      </Box>
    </Box>
  );
}
