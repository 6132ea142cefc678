import { ApolloProvider } from '@apollo/client/react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { adminClient } from '../../apollo/adminClient';
import { AdminHome } from './AdminHome';
import { AdminLayout } from './AdminLayout';
import { LoginPage } from './LoginPage';
import { RequireSession } from './RequireSession';

/** The admin console, mounted at /admin/* (lazy-loaded chunk). Paths below are relative to /admin. */
export default function AdminApp() {
  return (
    <ApolloProvider client={adminClient}>
      <Routes>
        <Route element={<AdminLayout />}>
          <Route path="login" element={<LoginPage />} />
          <Route element={<RequireSession />}>
            <Route index element={<AdminHome />} />
          </Route>
          <Route path="*" element={<Navigate to="/admin" replace />} />
        </Route>
      </Routes>
    </ApolloProvider>
  );
}
