import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseChangelog, updateChangelogSection } from './index.js';

const GUIDE_EXAMPLE = `# Prompt Change Log

## Version 1.2.0 - 2024-01-15

### Changes
- Added handling for billing inquiries
- Improved tone for frustrated customers

### Performance Impact
- Response time: No change
- Quality score: +0.15 improvement

### Rollback Plan
- Revert to v1.1.0 if customer satisfaction drops below baseline
  or the error rate rises

### Test Results
- Unit tests: 45/45 passed

## Version 1.1.0
### Changes
- First tone pass
`;

test("parses the guide's changelog: versions, dates, sections, wrapped bullets", () => {
  const changelog = parseChangelog(GUIDE_EXAMPLE, 'CHANGELOG.md');
  assert.equal(changelog.path, 'CHANGELOG.md');
  assert.deepEqual(changelog.entries, [
    {
      version: '1.2.0',
      date: '2024-01-15',
      sections: {
        Changes: ['Added handling for billing inquiries', 'Improved tone for frustrated customers'],
        'Performance Impact': ['Response time: No change', 'Quality score: +0.15 improvement'],
        'Rollback Plan': ['Revert to v1.1.0 if customer satisfaction drops below baseline or the error rate rises'],
        'Test Results': ['Unit tests: 45/45 passed'],
      },
    },
    { version: '1.1.0', sections: { Changes: ['First tone pass'] } },
  ]);
});

test('updating a section replaces only that section of that version', () => {
  const updated = updateChangelogSection(GUIDE_EXAMPLE, 'v1.2.0', 'Test Results', ['Unit tests: 12/12 passed', 'Quality score: 0.91']);
  assert.equal(
    updated,
    GUIDE_EXAMPLE.replace('- Unit tests: 45/45 passed\n', '- Unit tests: 12/12 passed\n- Quality score: 0.91\n'),
  );
  const middle = updateChangelogSection(GUIDE_EXAMPLE, '1.2.0', 'performance impact', ['Response time: -5%']);
  assert.equal(middle, GUIDE_EXAMPLE.replace('- Response time: No change\n- Quality score: +0.15 improvement\n', '- Response time: -5%\n'));
});

test('a missing section is added to its version; a missing version gets a new entry on top', () => {
  const withSection = updateChangelogSection(GUIDE_EXAMPLE, '1.1.0', 'Test Results', ['3/3 passed']);
  assert.deepEqual(parseChangelog(withSection, 'c').entries[1].sections, { Changes: ['First tone pass'], 'Test Results': ['3/3 passed'] });
  assert.ok(withSection.startsWith(GUIDE_EXAMPLE.trimEnd()));

  const withVersion = updateChangelogSection(GUIDE_EXAMPLE, '1.3.0', 'Test Results', ['1/1 passed']);
  assert.deepEqual(parseChangelog(withVersion, 'c').entries.map((e) => e.version), ['1.3.0', '1.2.0', '1.1.0']);
  assert.ok(withVersion.startsWith('# Prompt Change Log\n\n## Version 1.3.0\n\n### Test Results\n- 1/1 passed\n\n## Version 1.2.0'));
  assert.equal(updateChangelogSection('', '1.0.0', 'Changes', ['first']), '## Version 1.0.0\n\n### Changes\n- first\n');
});

test('what is written is what is read back, and other sections do not move', () => {
  const line = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('- already a bullet', '### not a heading', '## 1.0.0')).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
  fc.assert(
    fc.property(fc.constantFrom('1.2.0', '1.1.0', '9.9.9'), fc.constantFrom('Changes', 'Test Results', 'Notes'), fc.array(line, { maxLength: 5 }), (version, title, lines) => {
      const before = parseChangelog(GUIDE_EXAMPLE, 'c');
      const after = parseChangelog(updateChangelogSection(GUIDE_EXAMPLE, version, title, lines), 'c');
      const entry = after.entries.find((e) => e.version === version)!;
      assert.deepEqual(entry.sections[title] ?? [], lines.map((l) => l.trim()));
      for (const old of before.entries) {
        const now = after.entries.find((e) => e.version === old.version)!;
        for (const [name, items] of Object.entries(old.sections)) if (!(old.version === version && name === title)) assert.deepEqual(now.sections[name], items);
      }
    }),
    { numRuns: 300 },
  );
});
