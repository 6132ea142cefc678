import { useQuery } from '@apollo/client/react';
import { SECTION_LABELS, TEMPLATE_SECTIONS } from '@tracklink/shared';
import { useId, useState } from 'react';
import { Empty, ErrorState, Loading } from '../ui/QueryStates';
import { PREVIEW_CONSIGNMENTS_QUERY, type TenantTemplate } from './templateQuery';

/**
 * SPEC 3.3: the real public page of a chosen consignment, reloaded after every save (the
 * server applies the template). Without an active link: the list of sections that would show.
 */
export function TemplatePreview({ template, version }: { template: TenantTemplate; version: number }) {
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(PREVIEW_CONSIGNMENTS_QUERY);
  const [chosen, setChosen] = useState('');
  const consignments = data?.consignments.edges.map((e) => e.node) ?? [];
  const consignment = consignments.find((c) => c.id === chosen) ?? consignments.find((c) => c.trackingLinks.some((l) => l.status === 'ACTIVE')) ?? consignments[0];
  const link = consignment?.trackingLinks.find((l) => l.status === 'ACTIVE' && !l.recipientEmail) ?? consignment?.trackingLinks.find((l) => l.status === 'ACTIVE');

  return (
    <section className="card panel preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      {loading && <Loading>Loading consignments…</Loading>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && consignments.length === 0 && <Empty>No consignments to preview yet.</Empty>}
      {consignment && (
        <>
          <div className="field field--inline">
            <label htmlFor={selectId}>Consignment</label>
            <select id={selectId} value={consignment.id} onChange={(e) => setChosen(e.target.value)}>
              {consignments.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.reference}
                  {c.order.customer ? ` · ${c.order.customer.name}` : ''}
                </option>
              ))}
            </select>
          </div>
          {link ? (
            <>
              <iframe
                key={`${link.id}:${version}`}
                title="Public page preview"
                src={link.url}
                className="preview__frame"
                referrerPolicy="no-referrer"
              />
              <p className="small">
                <a href={link.url} target="_blank" rel="noreferrer noopener">
                  Open the public page in a new tab
                </a>
              </p>
            </>
          ) : (
            <p className="muted">This consignment has no active tracking link, so there is no public page to show.</p>
          )}
          <h3>Sections all recipients see</h3>
          <ul aria-label="Sections shown" className="preview__sections">
            {TEMPLATE_SECTIONS.filter((s) => template[s]).map((s) => (
              <li key={s}>{SECTION_LABELS[s]}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
