import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../components/disclosure';
import type { GroupRow, TokenRow, UserRow } from '../../db/types';
import { GroupVppBody } from './group-vpp-section';
import { LocationPicker } from './location-picker';
import { UserVppBody } from './user-vpp-section';
import { useVppToken } from './use-vpp-token';
import './vpp.css';

/** The disclosure around either body, with the Location pop-up and the no-token case. */
const VppDisclosure = ({ body }: { body: (token: TokenRow) => React.ReactNode }) => {
  const { t } = useTranslation();
  const { loading, tokens, token, choose } = useVppToken();
  if (loading) return null;
  return (
    <Disclosure title={t('vpp.section')}>
      {token ? (
        <>
          {tokens.length > 1 && (
            <div className="form-grid">
              <LocationPicker tokens={tokens} token={token} choose={choose} />
            </div>
          )}
          {/* A new token is a new section: drafts of one location never carry to another. */}
          <div key={token.id}>{body(token)}</div>
        </>
      ) : (
        <p className="form-hint">{t('vpp.notes.noToken')}</p>
      )}
    </Disclosure>
  );
};

/** The "VPP Managed Distribution" disclosure section of a user's Info tab. */
export const UserVppSection = ({ user }: { user: UserRow }) => (
  <VppDisclosure body={(token) => <UserVppBody user={user} token={token} />} />
);

/** The same section on a group's Info tab. */
export const GroupVppSection = ({ group }: { group: GroupRow }) => (
  <VppDisclosure body={(token) => <GroupVppBody group={group} token={token} />} />
);
