import { describe, expect, it } from 'vitest';
import {
  SECURITY_TXT_LIFETIME_DAYS,
  renderSecurityTxt,
  securityContact,
  securityContactWarning,
  securityTxtExpiry,
} from '../../../src/lib/publishing/security-txt.ts';

const site = new URL('https://briefings.example.org');

describe('securityContact', () => {
  it('defaults to security@ the site host, and says so', () => {
    for (const unset of [undefined, '', '  ']) {
      const contact = securityContact(unset, site);
      expect(contact).toEqual({ uris: ['mailto:security@briefings.example.org'], isDefault: true });
      expect(securityContactWarning(contact)).toMatch(/^warning: SECURITY_CONTACT is not set, so \/\.well-known\/security\.txt asks for security reports at mailto:security@briefings\.example\.org; /u);
    }
  });

  it('reads addresses and URIs, comma-separated, a bare address as mailto:, and warns about none of them', () => {
    const contact = securityContact('team@example.com, https://example.com/security ,tel:+1-201-555-0123, mailto:a@b.example', site);
    expect(contact).toEqual({
      uris: ['mailto:team@example.com', 'https://example.com/security', 'tel:+1-201-555-0123', 'mailto:a@b.example'],
      isDefault: false,
    });
    expect(securityContactWarning(contact)).toBeUndefined();
  });

  it('refuses what is not a contact RFC 9116 allows, with a hint', () => {
    for (const bad of ['http://example.com/security', 'security', 'ftp://example.com', 'https://']) {
      expect(() => securityContact(bad, site), bad).toThrow(`SECURITY_CONTACT has "${bad}", which is not an e-mail address or a mailto:, https:// or tel: URI.`);
    }
    expect(() => securityContact('nobody', site)).toThrow('Hint: for example SECURITY_CONTACT=security@your.domain');
  });
});

describe('securityTxtExpiry', () => {
  it('is the end of the build day plus the lifetime, less than a year ahead, whatever the hour', () => {
    expect(SECURITY_TXT_LIFETIME_DAYS).toBeLessThan(365);
    const morning = securityTxtExpiry(new Date('2026-01-01T00:00:01Z'));
    const night = securityTxtExpiry(new Date('2026-01-01T23:59:59Z'));
    expect(morning.toISOString()).toBe('2026-06-30T23:59:59.000Z');
    expect(night).toEqual(morning);
    expect(securityTxtExpiry(new Date('2024-12-31T12:00:00Z'), 1).toISOString()).toBe('2025-01-01T23:59:59.000Z');
  });
});

describe('renderSecurityTxt', () => {
  it('writes one field a line, every contact, Expires in RFC 3339 UTC', () => {
    expect(
      renderSecurityTxt({
        contact: ['mailto:security@example.org', 'https://example.org/security'],
        expires: new Date('2026-06-30T23:59:59Z'),
        canonical: 'https://example.org/.well-known/security.txt',
        preferredLanguages: ['en'],
      }),
    ).toBe(
      [
        'Contact: mailto:security@example.org',
        'Contact: https://example.org/security',
        'Expires: 2026-06-30T23:59:59Z',
        'Canonical: https://example.org/.well-known/security.txt',
        'Preferred-Languages: en',
        '',
      ].join('\n'),
    );
  });
});
