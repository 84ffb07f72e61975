import { vi } from 'vitest';
import { electronMock } from '../mocks/electron';

// Electron's binary can't be downloaded on every machine; no unit test needs it. Every test
// that (indirectly) imports `electron` gets this one fake instead.
vi.mock('electron', () => electronMock);
