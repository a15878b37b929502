import { describe, expect, it } from 'vitest';
import { isSafeUrl, urlScheme } from '../../src/content/safe-html.ts';

describe('isSafeUrl', () => {
  it('allows https, http, relative and fragment links, and mailto/tel for links only', () => {
    for (const url of ['https://example.kz/a?b=1&c=2', 'http://example.kz', '/events/2027/', '../x', '#plan', 'poster.png', 'mailto:info@example.kz', 'tel:+77000000000']) {
      expect(isSafeUrl(url, 'href'), url).toBe(true);
    }
    expect(isSafeUrl('mailto:x@example.kz', 'src')).toBe(false);
  });

  it('rejects javascript:, data:, vbscript: and unknown schemes, however disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'java\tscript:x', 'java\nscript:x', 'jav&#x61;script:x', 'jav&#97;script:x', 'javascript&colon;x', 'javascript&#58x', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', 'java&unknown;script:x', 'javascript&#99999999;:x']) {
      expect(isSafeUrl(url, 'href'), JSON.stringify(url)).toBe(false);
    }
  });

  it('names the scheme for messages', () => {
    expect(urlScheme('JAVA&#83;CRIPT:x')).toBe('javascript');
    expect(urlScheme('/relative')).toBeUndefined();
  });
});
