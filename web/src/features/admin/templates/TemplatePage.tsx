import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorState, Loading } from '../ui/QueryStates';
import { CustomerTemplateEditor } from './CustomerTemplateEditor';
import { TRACKING_LINK_TEMPLATE_QUERY } from './templateQuery';
import { TemplatePreview } from './TemplatePreview';
import { TenantTemplateForm } from './TenantTemplateForm';

/** Configuration › Templates › Tracking link: tenant template, customer templates, live preview. */
export function TemplatePage() {
  const { data, loading, error, refetch } = useQuery(TRACKING_LINK_TEMPLATE_QUERY);
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);

  return (
    <section aria-labelledby="template-title">
      <h1 id="template-title">Tracking link template</h1>
      {loading && <Loading>Loading the template…</Loading>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && (
        <div className="template-layout">
          <div>
            <section className="card panel" aria-labelledby="tenant-template-title">
              <h2 id="tenant-template-title">All recipients</h2>
              <TenantTemplateForm template={data.trackingLinkTemplate} onSaved={bump} />
            </section>
            <section className="card panel" aria-labelledby="customer-template-title">
              <h2 id="customer-template-title">Per customer</h2>
              <CustomerTemplateEditor tenant={data.trackingLinkTemplate} onSaved={bump} />
            </section>
          </div>
          <TemplatePreview template={data.trackingLinkTemplate} version={version} />
        </div>
      )}
    </section>
  );
}
