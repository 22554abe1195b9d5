import type { FormContext, FormUser } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';
import { useMemo } from 'react';
import type { Me } from '../auth/auth.operations';
import type { FormHostData } from './useFormDataSources';

const clock = () => Date.now();

/**
 * The context the server validates with (apps/api FormValidation): the clock, the user as `$user`, every
 * dictionary, the pickers' data sources and the stored values. The browser adds the phone for defaults
 * (`$user.phone` fills the contact phone); the server's user has none, so it never decides validity.
 */
export function useFormContext(me: Me | undefined, host: FormHostData, previous?: JsonObject): FormContext {
  return useMemo(() => {
    const user: FormUser | undefined = me && {
      id: me.id,
      name: me.displayName,
      ...(me.phone ? { phone: me.phone } : {}),
      roles: me.roles.map((role) => role.toLowerCase()),
      teamIds: me.teamIds,
      projectIds: me.projectIds,
    };
    return {
      now: clock,
      ...(user ? { user } : {}),
      dictionaries: host.dictionaries,
      dataSources: host.dataSources,
      ...(previous ? { previous } : {}),
    };
  }, [me, host.dictionaries, host.dataSources, previous]);
}
