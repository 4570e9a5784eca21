import { useParams } from 'react-router';
import { BriefPage } from '../../features/insight';

export default function BriefRoute() {
  const { clientId = '' } = useParams();
  return <BriefPage key={clientId} clientId={clientId} />;
}
