import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface AddressCheck {
  /** When false, any address is accepted (WEBHOOK_ALLOW_PRIVATE_NETWORKS). */
  publicOnly: boolean;
  /** What to do when the host does not resolve: accept it (at registration) or refuse (when sending). */
  unresolved: 'accept' | 'refuse';
}

/**
 * Why a webhook URL must not be called, or null when it may. Unless private networks are allowed,
 * every address the host resolves to must be public unicast: not loopback, private (RFC 1918,
 * unique local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved or unspecified. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 * Checked at registration and again before every send, since DNS can change in between.
 */
export async function webhookAddressProblem(url: string, check: AddressCheck): Promise<string | null> {
  if (!check.publicOnly) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return 'it is not a URL';
  }
  let addresses: string[];
  if (ipaddr.isValid(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return check.unresolved === 'accept' ? null : `${host} does not resolve`;
    }
  }
  for (const address of addresses) {
    let ip = ipaddr.parse(address);
    if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
    const range = ip.range();
    if (range !== 'unicast')
      return `${host} is ${address === host ? '' : `at ${address}, `}a ${range} address, not a public one`;
  }
  return null;
}
