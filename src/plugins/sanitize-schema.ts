import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What an article body may contain: GitHub's safe subset (no script, no event handlers,
 * no javascript: URLs). Ids are kept unprefixed since the paragraph anchors are added after.
 * A resource's `src` keeps no scheme: an image from another host would be requested by every
 * reader wherever the CSP is not served (the build refuses it first, naming the file).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, src: [] },
};
