import { useTranslation } from 'react-i18next';
import { unavailable, type Action } from '../../components/action';
import type { SectionId } from '../sidebar/sections';

type Verb = 'add' | 'import' | 'remove';
type LibrarySection = Exclude<
  SectionId,
  'license-report' | 'active-tasks' | 'completed-tasks' | 'settings'
>;

/**
 * The actions a section will have but this version does not: each says so in one sentence,
 * naming the action ("Importing users isn’t possible in this version of VPP Console yet."),
 * and − asks for a selection first.
 */
export const useNotYet = (section: LibrarySection) => {
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
