/**
 * A web page's address as the readers use it: boards spell the role, the kind of contract and the place
 * in their paths ("/emploi/chargee-de-projet-dakar"). A file path on the user's disk is no board's address.
 */

/** The decoded path of an address of any scheme, or null where it does not parse. */
export function pathOf(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
}

/** The decoded path of an http(s) address, or null for a file path or an address that does not parse. */
export function webPath(url: string): string | null {
  return /^https?:\/\//i.test(url) ? pathOf(url) : null;
}

/** The decoded address of an http(s) page, whole (host and query too), or '' for anything else. */
export function webAddress(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '';
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Second levels under a country's domain: "gurt.org.ua", "brightermonday.co.tz", "diarioelpueblo.com.uy". */
export const SECOND_LEVEL_DOMAIN = /^(?:com|org|gov|gob|gouv|edu|net|co|ac|or|go|nic)$/;
