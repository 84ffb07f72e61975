import { useEffect, useRef } from 'react';
import { useDirectoryStore } from './directory-store';

/**
 * A record + just created opens with its name selected, ready to be typed over, as a new
 * folder's name in the Finder. Returns the ref for that field.
 */
export const useFocusWhenCreated = (id: string) => {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!useDirectoryStore.getState().takeCreated(id)) return;
    ref.current?.focus();
    ref.current?.select();
  }, [id]);
  return ref;
};
