import { silentWav } from '../../../content/silent-wav.mjs';

// The article's recording (silence, for the example).
export function GET() {
  return new Response(silentWav(), { headers: { 'content-type': 'audio/wav' } });
}
