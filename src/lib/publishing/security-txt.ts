/**
 * `/.well-known/security.txt` (RFC 9116): where to report a security problem with the site.
 * Generated, not a file in public/, because two of its fields depend on the build: `Contact`
 * comes from the SECURITY_CONTACT environment variable (each host's owner has their own) and
 * `Expires` must be a date within a year, which a file written once would pass unnoticed.
 */

/** Days from the build to `Expires`: RFC 9116 asks for less than a year; a site not rebuilt in half a year says its contact may be stale. */
export const SECURITY_TXT_LIFETIME_DAYS = 180;

export interface SecurityContact {
  /** `Contact:` values, each a `mailto:`, `https:` or `tel:` URI, most preferred first. */
  uris: string[];
  /** True when SECURITY_CONTACT was unset and the conventional address on the site's host is used. */
  isDefault: boolean;
}

const EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/u;

/**
 * The contacts from SECURITY_CONTACT (comma-separated; a bare e-mail address gets `mailto:`),
 * or, when it is unset or blank, `mailto:security@<the site's host>`.
 */
export function securityContact(value: string | undefined, site: URL): SecurityContact {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return { uris: [`mailto:security@${site.hostname}`], isDefault: true };
  const uris = entries.map((entry) => {
    if (EMAIL.test(entry)) return `mailto:${entry}`;
    if (/^mailto:[^\s@]+@[^\s@]+$/u.test(entry) || /^tel:\+?[\d\s().-]+$/u.test(entry)) return entry;
    if (/^https:\/\/\S+$/u.test(entry) && URL.canParse(entry)) return entry;
    throw new Error(
      `SECURITY_CONTACT has "${entry}", which is not an e-mail address or a mailto:, https:// or tel: URI.\n` +
        'Hint: for example SECURITY_CONTACT=security@your.domain or SECURITY_CONTACT=https://your.domain/security (several separated by commas); RFC 9116 allows no http:// contact.',
    );
  });
  return { uris, isDefault: false };
}

/** What the build says when the contact is the default: nobody may read that mailbox. */
export function securityContactWarning(contact: SecurityContact): string | undefined {
  if (!contact.isDefault) return undefined;
  return (
    `warning: SECURITY_CONTACT is not set, so /.well-known/security.txt asks for security reports at ${contact.uris.join(', ')}; ` +
    'set SECURITY_CONTACT to an address or https:// page you read (see Deploying in the README).'
  );
}

/** `Expires`: the end of the build's day (UTC) plus the lifetime, so every build of one day writes the same file. */
export function securityTxtExpiry(buildMoment: Date, lifetimeDays = SECURITY_TXT_LIFETIME_DAYS): Date {
  return new Date(Date.UTC(buildMoment.getUTCFullYear(), buildMoment.getUTCMonth(), buildMoment.getUTCDate() + lifetimeDays, 23, 59, 59));
}

export interface SecurityTxt {
  contact: readonly string[];
  expires: Date;
  /** The file's own absolute URL. */
  canonical: string;
  /** Language tags the operator reads reports in. */
  preferredLanguages: readonly string[];
}

/** The file's text: one field a line, `Expires` in RFC 3339 UTC. */
export function renderSecurityTxt(fields: SecurityTxt): string {
  return [
    ...fields.contact.map((uri) => `Contact: ${uri}`),
    `Expires: ${fields.expires.toISOString().replace(/\.\d{3}Z$/u, 'Z')}`,
    `Canonical: ${fields.canonical}`,
    `Preferred-Languages: ${fields.preferredLanguages.join(', ')}`,
    '',
  ].join('\n');
}
