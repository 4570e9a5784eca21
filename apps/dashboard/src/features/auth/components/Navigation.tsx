import { Anchor, Button, Group, Text } from '@mantine/core';
import type { Role } from '@askwell/domain';
import { NavLink } from 'react-router';
import { paths } from '../../../config/paths';
import { useSession, useSignOut } from '../api/session';

const LINKS: Record<Role, { to: string; label: string }[]> = {
  owner: [
    { to: paths.clients, label: 'Clients' },
    { to: paths.audit, label: 'Audit log' },
    { to: paths.settings, label: 'Settings' },
  ],
  practitioner: [
    { to: paths.clients, label: 'Clients' },
    { to: paths.settings, label: 'Settings' },
  ],
  client: [
    { to: paths.me, label: 'This week' },
    { to: paths.settings, label: 'Settings' },
  ],
};

/** The main links for the signed-in person's role (nothing for someone signed out). */
export function MainNav() {
  const session = useSession().data;
  if (!session) return null;
  return (
    <Group gap="md" component="nav" aria-label="Main" wrap="wrap">
      {LINKS[session.account.role].map((link) => (
        <Anchor
          key={link.to}
          component={NavLink}
          to={link.to}
          c="dark.7"
          underline="hover"
          className="nav-link"
        >
          {link.label}
        </Anchor>
      ))}
    </Group>
  );
}

/** Who is signed in, and the way out. */
export function AccountMenu() {
  const session = useSession().data;
  const { signOut, pending } = useSignOut();
  if (!session) return null;
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" c="dark.6" truncate maw={{ base: 130, sm: 240 }}>
        {session.account.displayName}
      </Text>
      <Button variant="default" size="xs" onClick={() => void signOut()} loading={pending}>
        Sign out
      </Button>
    </Group>
  );
}
