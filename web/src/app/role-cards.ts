import { createContext, useContext } from 'react';
import type { RoleCard } from './module-ui';

/** A role card with the namespace of the module that offers it. */
export type PlacedRoleCard = RoleCard & { readonly namespace: string };

/** Every module's role cards, per role; provided once by the router. */
export const RoleCardsContext = createContext<ReadonlyMap<string, readonly PlacedRoleCard[]>>(new Map());

/** The cards for one role, in module order. */
export function useRoleCards(role: string): readonly PlacedRoleCard[] {
  return useContext(RoleCardsContext).get(role) ?? [];
}
