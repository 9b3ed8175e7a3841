export { parseChangelog } from './parse-changelog.js';
export { updateChangelogSection } from './update-changelog-section.js';
