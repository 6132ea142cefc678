import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { LIMITS } from '@tracklink/shared';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { graphql } from '../../../gql';
import { FormError } from '../ui/QueryStates';
import { TextField } from '../ui/TextField';

const CREATE_TENANT_MUTATION = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      name
    }
  }
`);

const EMPTY = { name: '', country: '', defaultLanguage: 'en', timezone: 'Europe/Amsterdam', adminEmail: '', adminPassword: '' };

export function CreateTenantForm() {
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_TENANT_MUTATION, { refetchQueries: ['Tenants'] });
  const errors = fieldErrors(error);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const err = (key: string) => errors[`input.${key}`];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            ...form,
            country: form.country.trim().toUpperCase(),
            defaultLanguage: form.defaultLanguage.trim() || null,
            timezone: form.timezone.trim() || null,
          },
        },
      });
      setCreated(data ? `Tenant ${data.createTenant.name} created. Its super admin can sign in now.` : null);
      setForm(EMPTY);
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="create-tenant-title">
      <h2 id="create-tenant-title">New tenant</h2>
      <form className="form" onSubmit={submit}>
        <div className="grid grid--3">
          <TextField label="Name" value={form.name} onChange={set('name')} error={err('name')} required />
          <TextField label="Country" value={form.country} onChange={set('country')} error={err('country')} hint="Two letters, e.g. NL" maxLength={2} required />
          <TextField label="Language" value={form.defaultLanguage} onChange={set('defaultLanguage')} error={err('defaultLanguage')} />
          <TextField label="Time zone" value={form.timezone} onChange={set('timezone')} error={err('timezone')} />
          <TextField label="Super admin email" type="email" value={form.adminEmail} onChange={set('adminEmail')} error={err('adminEmail')} required />
          <TextField label="Super admin password" type="password" autoComplete="new-password" value={form.adminPassword} onChange={set('adminPassword')} error={err('adminPassword')} hint={`At least ${LIMITS.passwordMinLength} characters, not a commonly used password`} minLength={LIMITS.passwordMinLength} required />
        </div>
        {Object.keys(errors).length === 0 && <FormError error={error} />}
        {created && <p role="status" className="notice">{created}</p>}
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create tenant'}
        </button>
      </form>
    </section>
  );
}
