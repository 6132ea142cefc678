import { ApiKeysPanel } from './ApiKeysPanel';
import { CustomFieldsPanel } from './CustomFieldsPanel';
import { DriversPanel } from './DriversPanel';
import { SignInAttemptsPanel } from './SignInAttemptsPanel';
import { TenantSettingsForm } from './TenantSettingsForm';
import { UsersPanel } from './UsersPanel';

/** Super admins: the tenant's branding and link settings, API keys, users and their failed sign-ins, custom fields, drivers. */
export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <TenantSettingsForm />
      <div className="grid grid--2">
        <ApiKeysPanel />
        <DriversPanel />
        <UsersPanel />
        <CustomFieldsPanel />
        <SignInAttemptsPanel />
      </div>
    </section>
  );
}
