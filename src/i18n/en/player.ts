import type { PlayerLabels } from '../labels.js';

export const playerEn: PlayerLabels = {
  listen: 'Listen to this story',
  play: 'Play',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  speed: 'Playback speed',
  seek: 'Position',
  player: 'Story audio',
};
