import { ENTRY_KINDS, type EntryKind } from '@askwell/domain';
import { useParams, useSearchParams } from 'react-router';
import { WriteEntry } from '../../features/entries/components/WriteEntry';
import NotFoundRoute from './not-found';

const isKind = (k: string | undefined): k is EntryKind =>
  (ENTRY_KINDS as readonly (string | undefined)[]).includes(k);

export default function MeWriteRoute() {
  const { kind } = useParams();
  const [search] = useSearchParams();
  if (!isKind(kind)) return <NotFoundRoute />;
  const assignmentId = search.get('assignment');
  // Keyed so a different exercise starts a fresh form (and its own draft).
  return <WriteEntry key={`${kind}:${assignmentId ?? ''}`} kind={kind} assignmentId={assignmentId} />;
}
