import { useTranslation } from 'react-i18next';
import { AssetsView, useGoToTokens } from '../apps/assets-view';

export const BooksView = () => {
  const { t } = useTranslation();
  const goToTokens = useGoToTokens();
  return (
    <AssetsView
      section="books"
      productType="Book"
      empty={{ title: t('books.empty'), message: t('books.emptyHint'), action: goToTokens }}
    />
  );
};
