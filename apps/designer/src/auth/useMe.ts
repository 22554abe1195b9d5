import { useQuery } from '@apollo/client/react';
import { ME, type Me } from './auth.operations';
import { useAuth } from './useAuth';

/** The signed-in user as `me` answers (phone, teams, units: what forms read as `$user`). */
export function useMe(): Me | undefined {
  const { status } = useAuth();
  const { data } = useQuery(ME, { skip: status !== 'signedIn' });
  return data?.me;
}
