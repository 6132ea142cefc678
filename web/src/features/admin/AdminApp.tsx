import { ApolloProvider } from '@apollo/client/react';
import { lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { adminClient } from '../../apollo/adminClient';
import '../../components/components.css';
import './admin.css';
import { AdminLayout } from './AdminLayout';
import { LoginPage } from './LoginPage';
import { RequireRole, RoleHome } from './RequireRole';
import { RequireSession } from './RequireSession';

/** A page module's named export as a lazy component: each page is its own chunk. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ConsignmentsPage = lazyPage(() => import('./consignments/ConsignmentsPage'), 'ConsignmentsPage');
const NewOrderPage = lazyPage(() => import('./orders/NewOrderPage'), 'NewOrderPage');
const ConsignmentPage = lazyPage(() => import('./consignment/ConsignmentPage'), 'ConsignmentPage');
const TemplatePage = lazyPage(() => import('./templates/TemplatePage'), 'TemplatePage');
const TasksPage = lazyPage(() => import('./tasks/TasksPage'), 'TasksPage');
const OutboxPage = lazyPage(() => import('./outbox/OutboxPage'), 'OutboxPage');
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage');
const WebhooksPage = lazyPage(() => import('./settings/webhooks/WebhooksPage'), 'WebhooksPage');
const TenantsPage = lazyPage(() => import('./tenants/TenantsPage'), 'TenantsPage');

const TENANT_STAFF = ['SUPER_ADMIN', 'DISPATCHER'] as const;

/** The admin console, mounted at /admin/* (lazy-loaded chunk). Paths below are relative to /admin. */
export default function AdminApp() {
  return (
    <ApolloProvider client={adminClient}>
      <Routes>
        <Route path="login" element={<LoginShell />} />
        <Route element={<RequireSession />}>
          <Route element={<AdminLayout />}>
            <Route index element={<RoleHome />} />
            <Route element={<RequireRole roles={[...TENANT_STAFF]} />}>
              <Route path="consignments" element={<ConsignmentsPage />} />
              <Route path="consignments/new" element={<NewOrderPage />} />
              <Route path="consignments/:id" element={<ConsignmentPage />} />
              <Route path="configuration/templates/tracking-link" element={<TemplatePage />} />
              <Route path="configuration/tasks" element={<TasksPage />} />
              <Route path="outbox" element={<OutboxPage />} />
            </Route>
            <Route element={<RequireRole roles={['SUPER_ADMIN']} />}>
              <Route path="settings" element={<SettingsPage />} />
              <Route path="settings/webhooks" element={<WebhooksPage />} />
            </Route>
            <Route element={<RequireRole roles={['PLATFORM_ADMIN']} />}>
              <Route path="tenants" element={<TenantsPage />} />
            </Route>
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/admin" replace />} />
      </Routes>
    </ApolloProvider>
  );
}

function LoginShell() {
  return (
    <div className="admin">
      <header className="admin__header">
        <span className="brand">
          Tracklink <span className="brand__tag">Admin</span>
        </span>
      </header>
      <main className="page">
        <LoginPage />
      </main>
    </div>
  );
}
