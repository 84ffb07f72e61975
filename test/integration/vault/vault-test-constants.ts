/** What the vault tests and their child process share (no vitest here: the child runs bare). */

/** scrypt at a cost tests can afford hundreds of times; the format is the same. */
export const TEST_SCRYPT_COST = { N: 2 ** 10, r: 8, p: 1 };

export const PASSPHRASE = 'correct horse battery staple';

/**
 * Megabytes, so writing it takes several system calls and a kill can land between them (a
 * write that is not atomic then fails the crash test); every part depends on n, so a value
 * torn between two writes would show.
 */
export const counterValue = (n: number): string => `${n}:${String(n).repeat(1_000_000)}`;
