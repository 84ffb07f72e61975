import { createHash, randomBytes } from 'node:crypto';

/** 32 lowercase hex characters, like the invite codes in Apple's examples. */
export const newInviteCode = (): string => randomBytes(16).toString('hex');

/**
 * A stable hash of the user's store identity within a library: 28 base64 characters ending
 * in `=`, the shape of `idHash` in Apple's examples.
 */
export const idHashFor = (libraryUid: string, appleAccount: string): string =>
  createHash('sha1').update(`${libraryUid}:${appleAccount.trim().toLowerCase()}`).digest('base64');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isEmailAddress = (value: string): boolean => EMAIL.test(value) && value.length <= 254;
