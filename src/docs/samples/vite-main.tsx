// src/main.tsx in a Vite + React app: the same components, rendered in the browser.
import 'broadsheet/styles.css';
import { parseTweetText, Tweet } from 'broadsheet';
import { createRoot } from 'react-dom/client';

const copied = `Gates close at 6pm tonight #StormWatch
— City River Ops (@CityRiverOps) March 1, 2024`;

const result = parseTweetText(copied);
const root = document.getElementById('root');
if (root && result.ok) createRoot(root).render(<Tweet tweet={result.value} />);
