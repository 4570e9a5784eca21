import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Liveness, Readiness } from '@askwell/domain';
import { api } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';

export const statusKeys = {
  all: queryRoots.status,
  live: () => [...statusKeys.all, 'live'] as const,
  ready: () => [...statusKeys.all, 'ready'] as const,
};

export const livenessQuery = () =>
  queryOptions({
    queryKey: statusKeys.live(),
    queryFn: ({ signal }) => api<Liveness>('/health', { signal }),
    refetchInterval: 15_000,
  });

export const readinessQuery = () =>
  queryOptions({
    queryKey: statusKeys.ready(),
    queryFn: ({ signal }) => api<Readiness>('/health/ready', { signal }),
    refetchInterval: 15_000,
    retry: false,
  });

export const useLiveness = () => useQuery(livenessQuery());
export const useReadiness = () => useQuery(readinessQuery());
