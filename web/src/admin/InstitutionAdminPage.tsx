import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, call } from '../app/api';
import { Page, QueryView, RequireSession } from '../app/components';
import { hasRole } from '../app/session';
import { ClientsSection } from './ClientsSection';
import { DetailsSection } from './DetailsSection';
import { StaffSection } from './StaffSection';

/** Administration of one institution: details, staff and roles, connected systems. */
export function InstitutionAdminPage() {
  const { id = '' } = useParams();
  return (
    <RequireSession allowed={(s) => hasRole(s, 'platform_admin') || hasRole(s, 'institution_admin', id)}>
      <InstitutionAdmin id={id} />
    </RequireSession>
  );
}

function InstitutionAdmin(props: { id: string }) {
  const { t } = useTranslation('admin');
  const record = useQuery({
    queryKey: ['institution-record', props.id],
    queryFn: () => call(api.GET('/api/institutions/{id}', { params: { path: { id: props.id } } })),
  });
  return (
    <Page title={t('institutionTitle', { name: record.data?.name ?? '…' })} wide>
      <QueryView query={record}>
        {(institution) => (
          <>
            <DetailsSection institution={institution} />
            <StaffSection institutionId={institution.id} />
            <ClientsSection institutionId={institution.id} />
          </>
        )}
      </QueryView>
    </Page>
  );
}
