import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { LIMITS } from '@tracklink/shared';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { formatDateTime, humanize } from '../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

export const USERS_QUERY = graphql(`
  query Users {
    users {
      id
      email
      name
      role
      createdAt
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
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

/** The tenant's users, and a form that adds a dispatcher or super admin. */
export function UsersPanel() {
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const users = useQuery(USERS_QUERY);
  const [create, { loading, error }] = useMutation(CREATE_USER_MUTATION, { refetchQueries: [USERS_QUERY], awaitRefetchQueries: true });
  const list = users.data?.users ?? [];
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
      {users.loading && <Loading>Loading users…</Loading>}
      {users.error && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && list.length === 0 && <Empty>No users yet.</Empty>}
      {list.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.id}>
                  <td>{u.email}</td>
                  <td>{u.name ?? '—'}</td>
                  <td>{humanize(u.role)}</td>
                  <td>{formatDateTime(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Add a user</h3>
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
            hint={`At least ${LIMITS.passwordMinLength} characters, not a commonly used password`}
            minLength={LIMITS.passwordMinLength}
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
