import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from '../../../electron/app/cli-args';

describe('--data-dir', () => {
  const electron = ['/usr/lib/electron/electron', '.'];

  it('is absent unless given', () => {
    expect(dataDirFromArgv(electron, '/work')).toBeUndefined();
  });

  it('takes a folder after a space or an equals sign, relative to the working directory', () => {
    expect(dataDirFromArgv([...electron, '--data-dir', '/tmp/run-1'], '/work')).toBe('/tmp/run-1');
    expect(dataDirFromArgv([...electron, '--data-dir=data/run-2'], '/work')).toBe(
      '/work/data/run-2',
    );
  });

  it('says what is wrong when the folder is missing', () => {
    for (const argv of [
      [...electron, '--data-dir'],
      [...electron, '--data-dir='],
      [...electron, '--data-dir', '--inspect'],
    ]) {
      expect(() => dataDirFromArgv(argv, '/work')).toThrow(
        '--data-dir needs a folder, e.g. --data-dir /tmp/vpp-console',
      );
    }
  });
});
