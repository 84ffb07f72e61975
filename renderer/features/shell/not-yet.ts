import { useTranslation } from 'react-i18next';
import { unavailable, type Action } from '../../components/action';

type Verb = 'add' | 'import' | 'remove';
/** The sections that still have actions this version can't do (the directory can do all). */
type NotYetSection = 'apps' | 'books' | 'tokens';

/**
 * The actions a section will have but this version does not: each says so in one sentence,
 * naming the action ("Removing apps isn’t possible in this version of VPP Console yet."),
 * and − asks for a selection first.
 */
export const useNotYet = (section: NotYetSection) => {
  const { t } = useTranslation();
  const notYet = (verb: Verb): Action =>
    unavailable(t('actions.notYet', { action: t(`actions.${section}.${verb}`) }));
  return {
    add: notYet('add'),
    import: notYet('import'),
    remove: (selected: boolean): Action =>
      selected
        ? notYet('remove')
        : unavailable(t('actions.selectFirst', { item: t(`actions.${section}.item`) })),
    sync: unavailable(t('actions.syncNeedsToken')),
  };
};
