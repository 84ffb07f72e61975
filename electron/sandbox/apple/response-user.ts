import type { UserRecord, UserStatus } from '../state/user-store';

/** Apple's `ResponseUser`, as `GET /users` and the user notifications show it. */
export interface ResponseUser {
  clientUserId: string;
  email?: string;
  idHash?: string;
  inviteCode?: string;
  status: UserStatus;
}

/** inviteCode only while Registered, idHash once associated. */
export const toResponseUser = (user: UserRecord): ResponseUser => ({
  clientUserId: user.clientUserId,
  ...(user.email !== undefined ? { email: user.email } : {}),
  ...(user.idHash !== undefined ? { idHash: user.idHash } : {}),
  ...(user.status === 'Registered' && user.inviteCode ? { inviteCode: user.inviteCode } : {}),
  status: user.status,
});
