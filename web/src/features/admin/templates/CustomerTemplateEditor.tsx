import { useMutation, useQuery } from '@apollo/client/react';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { useEffect, useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { CustomerTemplateInput } from '../../../gql/graphql';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { SectionTriStateGrid, toSectionTriStates, type SectionTriStates } from '../ui/SectionTriStates';
import { CUSTOMER_TEMPLATES_QUERY, DELETE_CUSTOMER_TEMPLATE_MUTATION, SET_CUSTOMER_TEMPLATE_MUTATION, type TenantTemplate } from './templateQuery';

/** SPEC 3.2: a customer's own overrides over the tenant template; "Template" follows the tenant's. */
export function CustomerTemplateEditor({ tenant, onSaved }: { tenant: TenantTemplate; onSaved: () => void }) {
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(CUSTOMER_TEMPLATES_QUERY);
  const [customerId, setCustomerId] = useState('');
  const [sections, setSections] = useState<SectionTriStates>(() => toSectionTriStates(null));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [save, saving] = useMutation(SET_CUSTOMER_TEMPLATE_MUTATION);
  const [remove, removing] = useMutation(DELETE_CUSTOMER_TEMPLATE_MUTATION);
  const existing = data?.customerTrackingLinkTemplates.find((t) => t.customer.id === customerId) ?? null;

  useEffect(() => {
    setStatus(null);
    setSections(toSectionTriStates(existing));
  }, [customerId, existing]);

  if (loading) return <Loading>Loading customers…</Loading>;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const customers = data?.customers ?? [];
  if (customers.length === 0) return <Empty>No customers yet: they come with orders.</Empty>;

  async function submit() {
    const input: CustomerTemplateInput = { customerId };
    for (const s of TEMPLATE_SECTIONS) input[s] = sections[s] === 'inherit' ? null : sections[s] === 'on';
    try {
      await save({ variables: { input } });
      await refetch();
      setStatus('Saved.');
      onSaved();
    } catch {
      // Shown from saving.error.
    }
  }

  async function deleteTemplate() {
    try {
      await remove({ variables: { customerId } });
      await refetch();
      setStatus('Customer template deleted; the tenant template applies.');
      onSaved();
    } finally {
      setConfirmDelete(false);
    }
  }

  return (
    <div className="customer-template">
      <div className="field field--inline">
        <label htmlFor={selectId}>Customer</label>
        <select id={selectId} value={customerId} onChange={(e) => setCustomerId(e.target.value)}>
          <option value="">Choose a customer</option>
          {customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {data?.customerTrackingLinkTemplates.some((t) => t.customer.id === c.id) ? ' (own template)' : ''}
            </option>
          ))}
        </select>
      </div>
      {customerId && (
        <>
          <SectionTriStateGrid
            value={sections}
            onChange={setSections}
            inheritLabel={(s) => `Template (${tenant[s] ? 'on' : 'off'})`}
          />
          <div className="toolbar">
            <button type="button" className="button button--primary" onClick={submit} disabled={saving.loading}>
              {saving.loading ? 'Saving…' : 'Save customer template'}
            </button>
            {existing && (
              <button type="button" className="button button--danger" onClick={() => setConfirmDelete(true)}>
                Delete customer template
              </button>
            )}
            <span role="status" className="muted">{status}</span>
          </div>
          <FormError error={saving.error ?? removing.error} />
        </>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title="Delete this customer's template?"
          confirmLabel="Delete"
          danger
          busy={removing.loading}
          onConfirm={deleteTemplate}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>Their recipients will see what the tenant template shows.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
