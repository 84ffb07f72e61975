import { Search } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon';
import { shortcutOf, useShortcut } from './shortcuts';
import { useKeyboardHost } from './use-keyboard-host';

/** The search field atop a list pane; filters as the admin types. ⌘F / Ctrl+F comes here. */
export const SearchField = ({
  sectionTitle,
  value,
  onChange,
}: {
  sectionTitle: string;
  value: string;
  onChange(value: string): void;
}) => {
  const { t } = useTranslation();
  const keyboard = useKeyboardHost();
  const input = useRef<HTMLInputElement>(null);
  useShortcut('find', () => {
    input.current?.focus();
    input.current?.select();
  });
  return (
    <div className="search-field">
      <Icon icon={Search} size={14} className="search-icon" />
      <input
        ref={input}
        type="search"
        aria-label={t('list.searchIn', { section: sectionTitle })}
        aria-keyshortcuts={shortcutOf('find', keyboard).aria}
        placeholder={t('list.search')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
        spellCheck={false}
        autoComplete="off"
      />
    </div>
  );
};
