import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { grantsOf, useSession, type Session } from '../app/session';
import type { ScenarioInputs } from '../../../src/logistics/domain/inputs';

export type ScenarioSummary =
  paths['/api/logistics/institutions/{institutionId}/scenarios']['get']['responses']['200']['content']['application/json'][number];
export type ScenarioDetail = Omit<
  paths['/api/logistics/scenarios/{id}']['get']['responses']['200']['content']['application/json'],
  'inputs'
> & {
  inputs: ScenarioInputs;
};
export type SimulationSummary = paths['/api/logistics/simulations']['post']['responses']['200']['content']['application/json'];

/** The institutions where the session is a logistics planner. */
export function plannerInstitutions(session: Session | undefined): Array<{ id: string; name: string }> {
  return grantsOf(session)
    .filter((g) => g.role === 'logistics_planner' && g.scopeId)
    .map((g) => ({ id: g.scopeId ?? '', name: g.scopeName ?? g.scopeId ?? '' }));
}

/** True when the session may use the mengpaneel. */
export function isPlanner(session: Session | undefined): boolean {
  return plannerInstitutions(session).length > 0;
}

/** The planner's institution (the first, or the one chosen). */
export function usePlannerInstitution(chosen: string | null): { id: string; name: string } | undefined {
  const session = useSession();
  const list = plannerInstitutions(session.data);
  return list.find((i) => i.id === chosen) ?? list[0];
}

export function useScenarios(institutionId: string | undefined) {
  return useQuery({
    queryKey: ['logistics', 'scenarios', institutionId],
    enabled: institutionId !== undefined,
    queryFn: () =>
      call(api.GET('/api/logistics/institutions/{institutionId}/scenarios', { params: { path: { institutionId: institutionId ?? '' } } })),
  });
}

export function useScenario(id: string | undefined) {
  return useQuery({
    queryKey: ['logistics', 'scenario', id],
    enabled: id !== undefined,
    queryFn: async () => (await call(api.GET('/api/logistics/scenarios/{id}', { params: { path: { id: id ?? '' } } }))) as ScenarioDetail,
  });
}

/** Saving, creating, duplicating and deleting, refreshing the lists afterwards. */
export function useScenarioMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['logistics'] });
  return {
    save: useMutation({
      mutationFn: (v: { id: string; version: number; inputs?: ScenarioInputs; shared?: boolean; name?: string }) =>
        call(
          api.PUT('/api/logistics/scenarios/{id}', {
            params: { path: { id: v.id } },
            body: { version: v.version, inputs: v.inputs, shared: v.shared, name: v.name },
          }),
        ),
      onSuccess: refresh,
    }),
    create: useMutation({
      mutationFn: (v: { institutionId: string; name: string; inputs?: ScenarioInputs; kind?: 'baseline' | 'variant' }) =>
        call(
          api.POST('/api/logistics/institutions/{institutionId}/scenarios', {
            params: { path: { institutionId: v.institutionId } },
            body: { name: v.name, inputs: v.inputs, kind: v.kind ?? 'variant', shared: false },
          }),
        ),
      onSuccess: refresh,
    }),
    duplicate: useMutation({
      mutationFn: (v: { id: string; name?: string }) =>
        call(api.POST('/api/logistics/scenarios/{id}/duplicate', { params: { path: { id: v.id } }, body: { name: v.name } })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => call(api.DELETE('/api/logistics/scenarios/{id}', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
  };
}
