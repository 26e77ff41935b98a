/**
 * A Bluesky record key is usually a TID: 13 base-32 characters whose first 53
 * bits count microseconds since 1970. Like an X snowflake, it gives a stored
 * embed the exact time its printed date leaves out.
 */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
// Bluesky opened in 2023; a key outside these years is not a real TID.
const EARLIEST = Date.UTC(2022, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export function tidToIso(rkey: string): string | undefined {
  if (!TID.test(rkey)) return undefined;
  let value = 0n;
  for (const char of rkey) value = value * 32n + BigInt(ALPHABET.indexOf(char));
  const ms = Number(value >> 10n) / 1000;
  return ms >= EARLIEST && ms < LATEST ? new Date(Math.floor(ms)).toISOString() : undefined;
}
