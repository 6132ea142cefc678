import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { graphql } from '../../../gql';
import { ErrorState, FormError, Loading } from '../ui/QueryStates';
import { TextField } from '../ui/TextField';

export const TENANT_SETTINGS_FRAGMENT = graphql(`
  fragment TenantSettings on Tenant {
    id
    name
    logoUrl
    brandColor
    country
    defaultLanguage
    timezone
    linkLifetimeDays
    positionRetentionDays
    deliveredTrackRetentionDays
    autoCreateLinks
    inTransitOnPickupDeparture
    offerDeliveredOnArrival
    orderLinksEnabled
    trackingIntegrationEnabled
  }
`);

const MY_TENANT_QUERY = graphql(`
  query MyTenantSettings {
    myTenant {
      ...TenantSettings
    }
  }
`);

const UPDATE_MUTATION = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      ...TenantSettings
    }
  }
`);

interface Form {
  name: string;
  logoUrl: string;
  brandColor: string;
  country: string;
  defaultLanguage: string;
  timezone: string;
  linkLifetimeDays: string;
  /** Empty: the installation's default. */
  positionRetentionDays: string;
  /** Empty: no policy of its own. */
  deliveredTrackRetentionDays: string;
  autoCreateLinks: boolean;
  inTransitOnPickupDeparture: boolean;
  offerDeliveredOnArrival: boolean;
  orderLinksEnabled: boolean;
}

const CREATE_MISSING_ORDER_LINKS = graphql(`
  mutation CreateMissingOrderLinks {
    createMissingOrderLinks {
      created
      more
    }
  }
`);

/** Order links for the orders made before order links were on (a revoked one stays revoked). */
function MissingOrderLinksButton() {
  const [create, state] = useMutation(CREATE_MISSING_ORDER_LINKS);
  const result = state.data?.createMissingOrderLinks;
  return (
    <div className="toolbar">
      <button type="button" className="button" disabled={state.loading} onClick={() => void create().catch(() => undefined)}>
        {state.loading ? 'Creating…' : 'Create order links for existing orders'}
      </button>
      <span role="status" className="muted">
        {result ? `${result.created} created${result.more ? '; more orders remain, press again' : ''}.` : ''}
      </span>
      <FormError error={state.error} />
    </div>
  );
}

export function TenantSettingsForm() {
  const { data, loading, error, refetch } = useQuery(MY_TENANT_QUERY);
  const [form, setForm] = useState<Form | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, updating] = useMutation(UPDATE_MUTATION);
  const errors = fieldErrors(updating.error);
  const tenant = data?.myTenant;

  useEffect(() => {
    if (!tenant) return;
    setForm({
      name: tenant.name,
      logoUrl: tenant.logoUrl ?? '',
      brandColor: tenant.brandColor ?? '',
      country: tenant.country,
      defaultLanguage: tenant.defaultLanguage,
      timezone: tenant.timezone,
      linkLifetimeDays: String(tenant.linkLifetimeDays),
      positionRetentionDays: tenant.positionRetentionDays == null ? '' : String(tenant.positionRetentionDays),
      deliveredTrackRetentionDays: tenant.deliveredTrackRetentionDays == null ? '' : String(tenant.deliveredTrackRetentionDays),
      autoCreateLinks: tenant.autoCreateLinks,
      inTransitOnPickupDeparture: tenant.inTransitOnPickupDeparture,
      offerDeliveredOnArrival: tenant.offerDeliveredOnArrival,
      orderLinksEnabled: tenant.orderLinksEnabled,
    });
  }, [tenant]);

  if (loading) return <Loading>Loading settings…</Loading>;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!form || !tenant) return null;
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => {
    setSaved(false);
    setForm({ ...form, [key]: value });
  };
  const err = (key: string) => errors[`input.${key}`];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    try {
      await update({
        variables: {
          input: {
            name: form.name.trim(),
            logoUrl: form.logoUrl.trim(),
            brandColor: form.brandColor.trim(),
            country: form.country.trim().toUpperCase(),
            defaultLanguage: form.defaultLanguage.trim(),
            timezone: form.timezone.trim(),
            linkLifetimeDays: Number.parseInt(form.linkLifetimeDays, 10),
            // 0 goes back to the installation's default.
            positionRetentionDays: form.positionRetentionDays.trim() ? Number(form.positionRetentionDays) : 0,
            // 0 removes the policy.
            deliveredTrackRetentionDays: form.deliveredTrackRetentionDays.trim() ? Number(form.deliveredTrackRetentionDays) : 0,
            autoCreateLinks: form.autoCreateLinks,
            inTransitOnPickupDeparture: form.inTransitOnPickupDeparture,
            offerDeliveredOnArrival: form.offerDeliveredOnArrival,
            orderLinksEnabled: form.orderLinksEnabled,
          },
        },
      });
      setSaved(true);
    } catch {
      setSaved(false);
    }
  }

  return (
    <section className="card panel" aria-labelledby="tenant-settings-title">
      <h2 id="tenant-settings-title">Company</h2>
      <p className="muted">
        Tracking integration: <strong>{tenant.trackingIntegrationEnabled ? 'on' : 'off'}</strong> (set by the platform operator).
      </p>
      <form className="form" onSubmit={submit}>
        <div className="grid grid--3">
          <TextField label="Name" value={form.name} onChange={set('name')} error={err('name')} required />
          <TextField label="Logo URL" type="url" value={form.logoUrl} onChange={set('logoUrl')} error={err('logoUrl')} />
          <div className="field">
            <TextField label="Brand colour" value={form.brandColor} onChange={set('brandColor')} error={err('brandColor')} hint="#rrggbb; empty for none" />
            <input
              type="color"
              aria-label="Pick the brand colour"
              value={/^#[0-9a-f]{6}$/i.test(form.brandColor) ? form.brandColor : '#1f4e79'}
              onChange={(e) => set('brandColor')(e.target.value)}
              className="color-swatch"
            />
          </div>
          <TextField label="Country" value={form.country} onChange={set('country')} error={err('country')} hint="ISO code, e.g. NL" maxLength={2} />
          <TextField label="Language" value={form.defaultLanguage} onChange={set('defaultLanguage')} error={err('defaultLanguage')} hint="e.g. en, nl, de, fr" />
          <TextField label="Time zone" value={form.timezone} onChange={set('timezone')} error={err('timezone')} hint="e.g. Europe/Amsterdam" />
          <TextField
            label="Link lifetime (days)"
            type="number"
            min={1}
            value={form.linkLifetimeDays}
            onChange={set('linkLifetimeDays')}
            error={err('linkLifetimeDays')}
            hint="After the consignment's last update"
          />
          <TextField
            label="Position retention (days)"
            type="number"
            min={1}
            value={form.positionRetentionDays}
            onChange={set('positionRetentionDays')}
            error={err('positionRetentionDays')}
            hint="Drivers' positions are kept this long, 1 to 730; empty: the installation's default"
          />
          <TextField
            label="Delivered tracks kept (days)"
            type="number"
            min={1}
            value={form.deliveredTrackRetentionDays}
            onChange={set('deliveredTrackRetentionDays')}
            error={err('deliveredTrackRetentionDays')}
            hint="A delivered consignment's track goes this long after delivery, 1 to 730; empty: with the positions"
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={form.autoCreateLinks} onChange={(e) => set('autoCreateLinks')(e.target.checked)} />
          Create a tracking link for every new consignment
        </label>
        <label className="check">
          <input type="checkbox" checked={form.inTransitOnPickupDeparture} onChange={(e) => set('inTransitOnPickupDeparture')(e.target.checked)} />
          Set a consignment in transit when its driver leaves the last pickup
        </label>
        <label className="check">
          <input type="checkbox" checked={form.offerDeliveredOnArrival} onChange={(e) => set('offerDeliveredOnArrival')(e.target.checked)} />
          Offer "delivered" for confirmation when its driver arrives at the last delivery
        </label>
        <label className="check">
          <input type="checkbox" checked={form.orderLinksEnabled} onChange={(e) => set('orderLinksEnabled')(e.target.checked)} />
          Create an order link for every new order: one page with all of its consignments
        </label>
        {tenant.orderLinksEnabled && <MissingOrderLinksButton />}
        {Object.keys(errors).length === 0 && <FormError error={updating.error} />}
        <div className="toolbar">
          <button type="submit" className="button button--primary" disabled={updating.loading}>
            {updating.loading ? 'Saving…' : 'Save settings'}
          </button>
          <span role="status" className="muted">{saved ? 'Saved.' : ''}</span>
        </div>
      </form>
    </section>
  );
}
