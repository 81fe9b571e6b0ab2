import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What an article body may contain: GitHub's safe subset (no script, no event handlers,
 * no javascript: URLs). Ids are kept unprefixed since the paragraph anchors are added after.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
};
