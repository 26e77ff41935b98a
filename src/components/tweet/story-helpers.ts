import { expect, userEvent } from 'storybook/test';

/**
 * Tabs through the story and expects every link to take focus once, in
 * document (reading) order. (A <video>'s native controls sit in the browser's
 * own shadow tree; whether Tab enters them is the browser's business.)
 */
export async function expectTabOrder(canvasElement: HTMLElement) {
  const stops = [...canvasElement.querySelectorAll<HTMLElement>('a[href]')];
  await expect(stops.length).toBeGreaterThan(0);
  (document.activeElement as HTMLElement | null)?.blur();
  for (const stop of stops) {
    await userEvent.tab();
    await expect(document.activeElement).toBe(stop);
  }
}
