import { createBrowserRouter } from 'react-router';
import { NotFound } from './components';
import { Layout } from './Layout';
import type { ModuleUi } from './module-ui';
import { RoleCardsContext, type PlacedRoleCard } from './role-cards';

/** The app's routes: every module's pages inside the common frame. */
export function createRouter(modules: readonly ModuleUi[]) {
  const nav = modules.flatMap((m) => (m.nav ?? []).map((item) => ({ ...item, namespace: m.name })));
  const cards = new Map<string, PlacedRoleCard[]>();
  for (const m of modules) {
    for (const [role, list] of Object.entries(m.roleCards ?? {})) {
      cards.set(role, [...(cards.get(role) ?? []), ...list.map((card) => ({ ...card, namespace: m.name }))]);
    }
  }
  return createBrowserRouter([
    {
      path: '/',
      element: (
        <RoleCardsContext value={cards}>
          <Layout nav={nav} />
        </RoleCardsContext>
      ),
      children: [...modules.flatMap((m) => m.routes), { path: '*', element: <NotFound /> }],
    },
  ]);
}
