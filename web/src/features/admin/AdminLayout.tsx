import { Link, Outlet } from 'react-router-dom';

export function AdminLayout() {
  return (
    <div className="admin">
      <header className="admin__header">
        <Link to="/admin" className="brand">
          Tracklink <span className="brand__tag">Admin</span>
        </Link>
      </header>
      <main className="page">
        <Outlet />
      </main>
    </div>
  );
}
