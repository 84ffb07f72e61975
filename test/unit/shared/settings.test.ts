import { describe, expect, it } from 'vitest';
import { Settings, SettingsPatch } from '../../../shared/domain/settings';

const custom = (customUrl: string) =>
  SettingsPatch.safeParse({ appleService: { mode: 'custom', customUrl } }).success;

describe('the Apple service setting', () => {
  it('takes https anywhere and plain http only on this computer', () => {
    expect(custom('https://vpp.school.example/mdm/v2')).toBe(true);
    expect(custom('http://127.0.0.1:4781/mdm/v2')).toBe(true);
    expect(custom('http://localhost:4781/mdm/v2')).toBe(true);
    expect(custom('http://[::1]:4781/mdm/v2')).toBe(true);
    expect(custom('http://vpp.school.example/mdm/v2')).toBe(false);
    expect(custom('http://127.0.0.1.evil.example/mdm/v2')).toBe(false);
    expect(custom('ftp://127.0.0.1/mdm/v2')).toBe(false);
  });

  it('refuses a stored plain-http address that points off this computer', () => {
    const stored = { appleService: { mode: 'custom', customUrl: 'http://10.0.0.5/mdm/v2' } };
    expect(Settings.safeParse(stored).success).toBe(false);
  });
});
