import { useParams, useSearchParams } from 'react-router';
import { WriteEntry } from '../../features/entries';
import { isEntryKind } from '../../lib/labels';
import NotFoundRoute from './not-found';

export default function MeWriteRoute() {
  const { kind } = useParams();
  const [search] = useSearchParams();
  if (!isEntryKind(kind)) return <NotFoundRoute />;
  const assignmentId = search.get('assignment');
  // Keyed so a different exercise starts a fresh form (and its own draft).
  return <WriteEntry key={`${kind}:${assignmentId ?? ''}`} kind={kind} assignmentId={assignmentId} />;
}
