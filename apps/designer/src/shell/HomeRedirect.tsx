import { Navigate } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { navigationFor } from './navigation';

/** `/` opens the first page the user's roles offer. */
export function HomeRedirect() {
  const { user } = useAuth();
  const home = navigationFor(user?.roles ?? [])[0]?.path ?? '/inbox';
  return <Navigate to={home} replace />;
}
