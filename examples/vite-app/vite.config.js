import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { silentWav } from '../content/silent-wav.mjs';

// The article's recording (silence, for the example), served by the dev and preview servers.
function recording() {
  const serve = (server) => {
    server.middlewares.use('/story.wav', (_req, res) => {
      res.setHeader('content-type', 'audio/wav');
      res.end(silentWav());
    });
  };
  return { name: 'story-wav', configureServer: serve, configurePreviewServer: serve };
}

export default defineConfig({ plugins: [react(), recording()] });
