import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/domain/app-info';
import type { ConsoleDatabase } from '../db/database';
import type { MainApi } from './main-api';

/** What every view may use: the database, the way to main, and facts about this run. */
export interface ConsoleServices {
  db: ConsoleDatabase;
  api: MainApi;
  appInfo: AppInfo;
}

const ServicesContext = createContext<ConsoleServices | null>(null);

export const ServicesProvider = ({
  services,
  children,
}: {
  services: ConsoleServices;
  children: ReactNode;
}) => <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;

export const useServices = (): ConsoleServices => {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesProvider> above it.');
  return services;
};
