import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/ingest/read/markdownToText.js';

const markdown = `# The *ferry* count

The harbor office **counted** riders, [said](https://example.org/x "x") Ines Rowe &amp; her staff.
It used \`tickets\` ![a photo](ferry.jpg)<span>only</span>.

## Why it matters

- Faster crossings
- Cheaper fares
  1. for *children*

> "We counted every ticket twice," she said.

<div class="ad">Buy boats</div>

---
Line one  
line two`;

describe('markdownToText', () => {
  it('turns blocks into plain lines separated by blank lines', () => {
    expect(markdownToText(markdown, true)).toEqual({
      heading: 'The ferry count',
      text: [
        'The harbor office counted riders, said Ines Rowe & her staff. It used tickets only.',
        'Why it matters',
        'Faster crossings',
        'Cheaper fares',
        'for children',
        '"We counted every ticket twice," she said.',
        'Line one\nline two',
      ].join('\n\n'),
    });
  });

  it('keeps the leading heading in the text when it is not taken as the title', () => {
    const { heading, text } = markdownToText(markdown, false);
    expect(heading).toBeNull();
    expect(text.startsWith('The ferry count\n\nThe harbor office')).toBe(true);
  });

  it('takes only a level-1 heading that comes first', () => {
    expect(markdownToText('Intro.\n\n# Later heading', true)).toEqual({ heading: null, text: 'Intro.\n\nLater heading' });
    expect(markdownToText('## Section\n\nBody.', true)).toEqual({ heading: null, text: 'Section\n\nBody.' });
  });
});
