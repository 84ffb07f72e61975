import { useTranslation } from 'react-i18next';
import { AssetsView } from '../apps/assets-view';

export const BooksView = () => {
  const { t } = useTranslation();
  return (
    <AssetsView
      section="books"
      productType="Book"
      empty={{ title: t('books.empty'), message: t('books.emptyHint') }}
    />
  );
};
