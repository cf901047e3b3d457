import { format, resolveConfig } from 'prettier';

/**
 * Formats generated text the way the repository's Prettier settings want it for `path`, so that
 * committed benchmark output passes the lint check without a manual `npm run format`.
 */
export async function formatForRepository(path: string, text: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, filepath: path });
}
