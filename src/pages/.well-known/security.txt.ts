import type { APIRoute } from 'astro';
import { buildMoment } from '../../lib/dates/build-date.ts';
import { routes } from '../../lib/routes.ts';
import { renderSecurityTxt, securityContact, securityContactWarning, securityTxtExpiry } from '../../lib/publishing/security-txt.ts';
import { SITE, absoluteUrl } from '../../config.ts';

/** RFC 9116's security.txt: the contact from SECURITY_CONTACT, expiring half a year after the build's day (BUILD_DATE). */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL so security.txt can name its canonical URL.');
  const contact = securityContact(process.env.SECURITY_CONTACT, site);
  const warning = securityContactWarning(contact);
  if (warning && !import.meta.env.DEV) console.warn(warning);
  const text = renderSecurityTxt({
    contact: contact.uris,
    expires: securityTxtExpiry(buildMoment(process.env.BUILD_DATE)),
    canonical: absoluteUrl(routes.securityTxt()),
    preferredLanguages: [SITE.language],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
