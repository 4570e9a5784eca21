import { Stack, Text, Title } from '@mantine/core';
import { AuditLog } from '../../features/audit';

export default function AuditRoute() {
  return (
    <Stack gap="md">
      <Title order={1}>Audit log</Title>
      <Text maw={680}>
        Every sign-in, invitation, settings change and look at a client&rsquo;s record is written here and
        cannot be edited.
      </Text>
      <AuditLog />
    </Stack>
  );
}
