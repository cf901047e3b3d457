import { z } from 'zod';

/** Query parameters of a paged list in the platform API: `page` (from 1) and `pageSize` (1–100). */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).describe('Items per page (1–100)'),
});
export type PageQuery = z.output<typeof pageQuery>;

/** The response schema of a page of `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('Items matching the filters, on all pages'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Offset and limit for a page query. */
export function offsetLimit(query: PageQuery): { offset: number; limit: number } {
  return { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
}
