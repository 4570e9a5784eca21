import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryRoots } from '../../../lib/query-keys';
import { withSignIn } from '../../../lib/sign-in-again';
import { sendOnce } from '../../../lib/write';
import { clientKeys, setRung, type VersionedClient } from './clients';

/**
 * Sets a client's rung, naming the version it was read at (If-Match). Sent once: after a lost answer a
 * repeat would meet its own change as "changed meanwhile" (412).
 */
export function useSetRung(versioned: VersionedClient) {
  const queryClient = useQueryClient();
  const clientId = versioned.client.id;
  return useMutation({
    mutationFn: (rung: number) => withSignIn(() => setRung(clientId, rung, versioned.etag)),
    onSuccess: (next) => {
      queryClient.setQueryData(clientKeys.detail(clientId), next);
      void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: queryRoots.insight });
    },
    ...sendOnce,
  });
}
