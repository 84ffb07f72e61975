import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridgeApi } from './bridge-api';

// Runs sandboxed, before the page: the page gets `window.api` and nothing else of Electron.
contextBridge.exposeInMainWorld('api', createBridgeApi(ipcRenderer, webUtils));
