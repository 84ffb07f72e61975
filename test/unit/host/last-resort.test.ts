import { afterEach, describe, expect, it } from 'vitest';
import { keepRunningOnUncaughtErrors } from '../../../electron/host/last-resort';

type Listener = (error: unknown) => void;
type LastResortEvent = 'uncaughtException' | 'unhandledRejection';

const listenersOf = (event: LastResortEvent) =>
  (process as NodeJS.EventEmitter).listeners(event) as Listener[];

/** The listeners added for `event` since `before` (calling one is what Node would do). */
const added = (event: LastResortEvent, before: Listener[]) =>
  listenersOf(event).filter((listener) => !before.includes(listener));

describe('the last-resort handler', () => {
  let uninstall = () => {};
  afterEach(() => uninstall());

  it('turns anything thrown into one line, and installs once however often it is asked', () => {
    const before = listenersOf('uncaughtException');
    const lines: string[] = [];
    keepRunningOnUncaughtErrors(() => lines.push('the old log'));
    uninstall = keepRunningOnUncaughtErrors((line) => lines.push(line));
    const [onException] = added('uncaughtException', before);
    expect(added('uncaughtException', before)).toHaveLength(1);

    onException(new TypeError('two\nlines'));
    onException('a thrown string');
    expect(lines).toEqual([
      expect.stringMatching(
        /^Unexpected error \(uncaught exception\), the console keeps running: TypeError: two lines \(at .+\)$/,
      ),
      'Unexpected error (uncaught exception), the console keeps running: a thrown string',
    ]);

    uninstall();
    expect(added('uncaughtException', before)).toHaveLength(0);
  });
});
