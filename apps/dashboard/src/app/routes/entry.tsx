import { useParams } from 'react-router';
import { EntryReview } from '../../features/review';

export default function EntryRoute() {
  const { entryId = '' } = useParams();
  return <EntryReview key={entryId} entryId={entryId} />;
}
