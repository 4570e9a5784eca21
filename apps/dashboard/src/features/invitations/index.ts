// The invitations feature's public surface.
export { useOpenInvitations } from './api/invitations';
export { InviteDialog, inviteDraftKey } from './components/InviteDialog';
export { OpenInvitations } from './components/OpenInvitations';
