/**
 * The English dates X prints under a tweet ("February 7, 2025"), read as UTC
 * midnight: `Date.parse` would read them in the machine's own time zone.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return -1;
  return MONTHS.findIndex(
    (month) => month.startsWith(lower) && (lower.length === 3 || month === lower || lower === 'sept'),
  );
}

/** `Month D, YYYY` or `D Month YYYY` (full or short month names) → ISO 8601 UTC, else undefined. */
export function parseSignatureDate(text: string): string | undefined {
  const trimmed = text.trim();
  const us = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),\s*(\d{4})$/.exec(trimmed);
  const uk = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})$/.exec(trimmed);
  const [monthName, day, year] = us ? [us[1], us[2], us[3]] : uk ? [uk[2], uk[1], uk[3]] : [];
  if (monthName === undefined || day === undefined || year === undefined) return undefined;
  const month = monthIndex(monthName);
  const dayNumber = Number(day);
  const yearNumber = Number(year);
  if (month < 0 || dayNumber < 1 || yearNumber < 2006) return undefined;
  const ms = Date.UTC(yearNumber, month, dayNumber);
  // Reject 31 February and friends instead of rolling into the next month.
  if (new Date(ms).getUTCDate() !== dayNumber) return undefined;
  return new Date(ms).toISOString();
}
