/**
 * What a button or menu item does. A control that cannot be used now still says why, so no
 * control is a dead end: the reason is its tooltip, its description and what a click shows.
 */
export interface Action {
  run?: () => void;
  unavailableReason?: string;
}

export const isAvailable = (action: Action): action is Action & { run: () => void } =>
  action.run !== undefined && action.unavailableReason === undefined;

/** An action that cannot be used now, for this reason. */
export const unavailable = (reason: string): Action => ({ unavailableReason: reason });
