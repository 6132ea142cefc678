import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { FormError } from '../ui/QueryStates';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      role
    }
  }
`);

const ROLES: { value: Role; label: string }[] = [
  { value: 'DISPATCHER', label: 'Dispatcher' },
  { value: 'SUPER_ADMIN', label: 'Super admin' },
];

const EMPTY = { email: '', name: '', password: '', role: 'DISPATCHER' as Role };

/** Adds a dispatcher or super admin to this tenant (the API has no user list yet). */
export function UsersPanel() {
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_USER_MUTATION);
  const errors = fieldErrors(error);
  const set = <K extends keyof typeof EMPTY>(key: K) => (value: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    try {
      const { data } = await create({
        variables: { input: { email: form.email.trim(), name: form.name.trim() || null, password: form.password, role: form.role } },
      });
      if (data) setCreated(`${data.createUser.email} can sign in now.`);
      setForm(EMPTY);
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <form className="form" onSubmit={submit}>
        <div className="grid grid--2">
          <TextField label="Email" type="email" value={form.email} onChange={set('email')} error={errors['input.email']} required />
          <TextField label="Name" value={form.name} onChange={set('name')} error={errors['input.name']} />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={set('password')}
            error={errors['input.password']}
            required
          />
          <SelectField label="Role" value={form.role} options={ROLES} onChange={set('role')} error={errors['input.role']} />
        </div>
        {Object.keys(errors).length === 0 && <FormError error={error} />}
        {created && <p role="status" className="notice">{created}</p>}
        <button type="submit" className="button" disabled={loading}>
          Add user
        </button>
      </form>
    </section>
  );
}
