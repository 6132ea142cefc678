import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { WEBHOOK_ENDPOINTS_QUERY } from './webhookQueries';
import './webhooks.css';

/** Tells super admins, on every page, that Tracklink turned one of their webhook endpoints off. */
export function WebhookBanner() {
  const { data } = useQuery(WEBHOOK_ENDPOINTS_QUERY, { pollInterval: 5 * 60_000 });
  const off = data?.webhookEndpoints.filter((e) => !e.enabled && e.disabledReason) ?? [];
  if (!off.length) return null;
  return (
    <div role="alert" className="banner banner--warning">
      {off.length === 1 ? (
        <>
          The webhook endpoint <code>{off[0].url}</code> was turned off: {off[0].disabledReason}.
        </>
      ) : (
        <>{off.length} webhook endpoints were turned off after failing.</>
      )}{' '}
      <Link to="/admin/settings/webhooks">Settings › Webhooks</Link>
    </div>
  );
}
