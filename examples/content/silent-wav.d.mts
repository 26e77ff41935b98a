/** A WAV file of silence, `seconds` long (default 4). */
export function silentWav(seconds?: number): Uint8Array<ArrayBuffer>;
