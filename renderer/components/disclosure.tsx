import { ChevronRight } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { Icon } from './icon';

/**
 * A collapsible section with a disclosure triangle, as Profile Manager's About tab has them
 * ("Click the VPP Managed Distribution triangle if necessary"). Open by default: the admin came
 * to the tab for what is in it.
 */
export const Disclosure = ({
  title,
  children,
  defaultOpen = true,
}: {
  title: string;
  children: ReactNode;
  defaultOpen?: boolean;
}) => {
  const [open, setOpen] = useState(defaultOpen);
  const regionId = useId();
  return (
    <section className="disclosure">
      <h3 className="disclosure-heading">
        <button
          type="button"
          className="disclosure-button"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen(!open)}
        >
          <Icon icon={ChevronRight} size={14} className={open ? 'disclosure-open' : undefined} />
          {title}
        </button>
      </h3>
      <div id={regionId} className="disclosure-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
};
