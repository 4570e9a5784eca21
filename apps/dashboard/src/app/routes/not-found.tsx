import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../config/paths';

export default function NotFoundRoute() {
  return (
    <Stack gap="sm">
      <Title order={1}>This page does not exist</Title>
      <Text>
        The link may be old.{' '}
        <Anchor component={Link} to={paths.home}>
          Go to the start page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
