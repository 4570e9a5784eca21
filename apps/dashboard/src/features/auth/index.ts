// The auth feature's public surface: the only module other features and app/ may import from it.
export { invitationTokenFrom } from './api/invitation-accept';
export {
  authKeys,
  clearSignOutNotice,
  homeFor,
  isStaff,
  peekSignOutNotice,
  sessionEndedByServer,
  sessionQuery,
  storeSession,
  useSession,
  type SignOutNotice,
} from './api/session';
export { AcceptInvitation } from './components/AcceptInvitation';
export { ChangePasswordForm } from './components/ChangePasswordForm';
export { GuestOnly, HomeRedirect, RequireRole, RequireSession } from './components/Guards';
export { IdleWatch } from './components/IdleLogout';
export { LoginFlow } from './components/LoginFlow';
export { AccountMenu, MainNav } from './components/Navigation';
export { SignInAgain } from './components/SignInAgain';
export { SignUpForm } from './components/SignUpForm';
export { TwoFactorSettings } from './components/TwoFactorSettings';
