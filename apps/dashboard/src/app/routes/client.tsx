import { useParams } from 'react-router';
import { ClientPage } from '../../features/clients';

export default function ClientRoute() {
  const { clientId = '' } = useParams();
  return <ClientPage key={clientId} clientId={clientId} />;
}
