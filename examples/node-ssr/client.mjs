// In the browser: hydrate the server's HTML with the same tree and model.
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.mjs';

const props = JSON.parse(document.getElementById('props').textContent);
hydrateRoot(document.getElementById('root'), createElement(App, props));
