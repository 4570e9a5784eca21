import { Anchor, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { TotpSecret } from '@askwell/domain';

/** The key in groups of four, as authenticator apps show it: easier to read aloud and to type. */
export const groupSecret = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/** Setting up an authenticator app: open the link on a phone, or type (or copy) the key. */
export function TotpSecretPanel({ secret }: { secret: TotpSecret }) {
  return (
    <Stack gap="sm">
      <Text>
        Add Askwell to an authenticator app, such as Google Authenticator, Microsoft Authenticator or
        1Password. On a phone with the app, you can{' '}
        <Anchor href={secret.otpauthUri} c="sage.8">
          open the setup link in the app
        </Anchor>
        . Otherwise, choose &ldquo;enter a setup key&rdquo; in the app and type this key:
      </Text>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Text size="sm" c="dark.6" id="totp-key-label">
            Setup key
          </Text>
          <Text className="secret-text" fz="lg" fw={600} aria-labelledby="totp-key-label">
            {groupSecret(secret.secret)}
          </Text>
          <Group gap="sm">
            <CopyButton value={secret.secret}>
              {({ copied, copy }) => (
                <Button variant="default" size="sm" onClick={copy}>
                  {copied ? 'Key copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
            <CopyButton value={secret.otpauthUri}>
              {({ copied, copy }) => (
                <Button variant="default" size="sm" onClick={copy}>
                  {copied ? 'Link copied' : 'Copy setup link'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
