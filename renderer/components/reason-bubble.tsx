import { useEffect, useState } from 'react';

/** How long a "why not" bubble stays after a click on an unavailable control. */
const SHOWN_MS = 5000;

/**
 * The answer to a click on a control that can't be used now: a small bubble under it that says
 * why, announced to screen readers, gone after a few seconds or on Escape.
 */
export const useReasonBubble = () => {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(0), SHOWN_MS);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setShown(0);
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [shown]);
  return { shown: shown > 0, show: () => setShown((count) => count + 1) };
};

export const ReasonBubble = ({ reason, shown }: { reason: string; shown: boolean }) => (
  <span className="reason-bubble-anchor" role="status">
    {shown && <span className="reason-bubble">{reason}</span>}
  </span>
);
