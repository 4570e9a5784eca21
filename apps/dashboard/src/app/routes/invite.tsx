import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AcceptInvitation, invitationTokenFrom } from '../../features/auth';

export default function InviteRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  // Read the token once, then take it out of the address bar (and so out of history and screenshots).
  const [token] = useState(() => invitationTokenFrom(location.hash));
  const hasHash = location.hash !== '';
  useEffect(() => {
    if (hasHash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [hasHash, location.pathname, navigate]);
  return <AcceptInvitation token={token} />;
}
