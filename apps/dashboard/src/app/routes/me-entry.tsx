import { useParams } from 'react-router';
import { MyEntry } from '../../features/entries';

export default function MeEntryRoute() {
  const { entryId = '' } = useParams();
  return <MyEntry key={entryId} entryId={entryId} />;
}
