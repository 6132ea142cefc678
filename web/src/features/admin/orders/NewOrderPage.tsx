import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { graphql } from '../../../gql';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { errorMessage } from '../../../apollo/errors';
import { TextField } from '../ui/TextField';
import { ConsignmentFields } from './ConsignmentFields';
import { emptyConsignment, emptyOrder, toCreateOrderInput, validateOrderDraft, type OrderDraft } from './orderDraft';

const CREATE_ORDER_MUTATION = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      reference
      consignments {
        id
        reference
      }
    }
  }
`);

/** "New order": customer, consignments with stops and cargo. Errors appear next to their field. */
export function NewOrderPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<OrderDraft>(emptyOrder);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [createOrder, { loading }] = useMutation(CREATE_ORDER_MUTATION, {
    update(cache) {
      cache.evict({ fieldName: 'consignments' });
      cache.gc();
    },
  });
  const set = <K extends keyof OrderDraft>(key: K) => (value: OrderDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneralError(null);
    const local = validateOrderDraft(draft);
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setGeneralError('Some fields need attention; see the messages next to them.');
      return;
    }
    try {
      const { data } = await createOrder({ variables: { input: toCreateOrderInput(draft) } });
      const first = data?.createOrder.consignments[0];
      navigate(first ? `/admin/consignments/${first.id}` : '/admin/consignments');
    } catch (e) {
      const byField = fieldErrors(e);
      setErrors(byField);
      setGeneralError(Object.keys(byField).length > 0 ? 'Some fields need attention; see the messages next to them.' : errorMessage(e));
    }
  }

  return (
    <section aria-labelledby="new-order-title">
      <p>
        <Link to="/admin/consignments">← Consignments</Link>
      </p>
      <h1 id="new-order-title">New order</h1>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="card subform">
          <legend>Order</legend>
          <div className="grid grid--3">
            <TextField label="Order reference" value={draft.reference} onChange={set('reference')} error={errors['input.reference']} required />
            <TextField label="Customer name" value={draft.customerName} onChange={set('customerName')} error={errors['input.customerName']} />
            <TextField label="Customer email" type="email" value={draft.customerEmail} onChange={set('customerEmail')} error={errors['input.customerEmail']} />
          </div>
        </fieldset>
        {errors['input.consignments'] && <p className="field__error">{errors['input.consignments']}</p>}
        {draft.consignments.map((c, i) => (
          <ConsignmentFields
            key={c.key}
            consignment={c}
            index={i}
            errors={errors}
            onChange={(next) => set('consignments')(draft.consignments.map((x, j) => (j === i ? next : x)))}
            onRemove={draft.consignments.length > 1 ? () => set('consignments')(draft.consignments.filter((_, j) => j !== i)) : undefined}
          />
        ))}
        <div className="toolbar">
          <button type="button" className="button" onClick={() => set('consignments')([...draft.consignments, emptyConsignment()])}>
            Add consignment
          </button>
        </div>
        {generalError && (
          <p role="alert" className="form__error">
            {generalError}
          </p>
        )}
        <div className="toolbar">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create order'}
          </button>
          <Link to="/admin/consignments" className="button">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
