import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import type { DossierItem, Share } from './api';

/** The learner's collections. */
export function useCollections() {
  return useQuery({ queryKey: ['dossier', 'collections'], queryFn: () => call(api.GET('/api/dossier/collections')) });
}

/** Every item of the learner (for choosing), read page by page along the timeline's cursor. */
export function useAllItems() {
  return useQuery({
    queryKey: ['dossier', 'items', 'all'],
    queryFn: async () => {
      const items: DossierItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(api.GET('/api/dossier/items', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { items };
    },
  });
}

/** The learner's shares (active, expired, revoked). */
export function useShares() {
  return useQuery({ queryKey: ['dossier', 'shares'], queryFn: () => call(api.GET('/api/dossier/shares')) });
}

/** The overview of the dossier (counts, collections, active shares, latest reads). */
export function useOverview() {
  return useQuery({ queryKey: ['dossier', 'overview'], queryFn: () => call(api.GET('/api/dossier')) });
}

/** What a share holds, in words: the collection's name or the number of items. */
export function useShareSubject(): (share: Share) => string {
  const { t } = useTranslation('dossier');
  const collections = useCollections();
  return (share) => {
    if (share.collectionId) {
      const name = collections.data?.find((c) => c.id === share.collectionId)?.name;
      return name ? t('collectionNamed', { name }) : t('collection');
    }
    return t('itemCount', { count: share.itemIds.length });
  };
}
