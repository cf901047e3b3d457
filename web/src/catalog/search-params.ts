import { useSearchParams } from 'react-router';

/** Filters kept in the address bar, so that every search can be shared and bookmarked. */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const update = (changes: Partial<Record<K | 'page', string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes) as Array<[string, string | undefined]>) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new filter starts again at the first page.
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: false });
  };
  return { values, page, update };
}
