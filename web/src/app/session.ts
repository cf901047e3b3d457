import { useQuery } from '@tanstack/react-query';
import { api, call, setCsrfToken } from './api';
import type { paths } from '../api/schema';

/** What GET /api/session says about the visitor. */
export type Session = paths['/api/session']['get']['responses']['200']['content']['application/json'];
/** One role a logged-in person holds. */
export type Grant = Extract<Session, { authenticated: true }>['grants'][number];

/** The current session (who is logged in and with which roles), kept fresh across pages. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      const session = await call(api.GET('/api/session'));
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 60_000,
  });
}

/** The grants of a session (none when anonymous). */
export function grantsOf(session: Session | undefined): readonly Grant[] {
  return session?.authenticated ? session.grants : [];
}

/** True when the session holds the role (in any scope, or in the given one). */
export function hasRole(session: Session | undefined, role: string, scopeId?: string): boolean {
  return grantsOf(session).some((g) => g.role === role && (scopeId === undefined || g.scopeId === scopeId));
}
