import type { GroupRow, UserRow } from '../../db/types';

/** The "VPP Managed Distribution" disclosure section of a user's Info tab (issue 9). */
export const UserVppSection = ({ user }: { user: UserRow }) => {
  void user;
  return null;
};

/** The same section on a group's Info tab. */
export const GroupVppSection = ({ group }: { group: GroupRow }) => {
  void group;
  return null;
};
