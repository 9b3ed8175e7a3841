import { createHash } from 'node:crypto';
import type { PromptVersion } from '../../prompts/types.js';
import { stableJson } from '../runner/stable-json.js';

/**
 * Hash of what shapes a version's answers: templates, front matter and response templates. Unlike the
 * version's content hash it ignores test-cases.json and CHANGELOG.md, so editing tests or filling the
 * change log does not throw the cached answers away.
 */
export function answerFingerprint(version: PromptVersion): string {
  return createHash('sha256')
    .update(stableJson({ system: version.system.source, user: version.user?.source, meta: version.meta, templates: version.responseTemplates }))
    .digest('hex');
}
