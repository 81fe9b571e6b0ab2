/**
 * Worker-thread task of the share-image pool (`share-image-cache.ts`): renders one card and
 * stores it in the cache under its final name. The PNG goes to disk rather than back to the main
 * thread, so thousands of images rendered ahead of their routes never sit in the build's memory.
 *
 * Loaded by Node itself (type stripping), not by Vite: relative imports carry their `.ts`.
 */
import { writeFileAtomically } from './atomic-write.ts';
import type { ShareCard } from './share-card.ts';
import { renderShareImage } from './share-image-render.ts';

export interface ShareImageTask {
  card: ShareCard;
  /** Absolute path of the cached PNG. */
  file: string;
}

export default async function renderIntoCache({ card, file }: ShareImageTask): Promise<void> {
  await writeFileAtomically(file, await renderShareImage(card));
}
