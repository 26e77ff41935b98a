/**
 * Icons as path data drawn inline. A shared <symbol> sprite would need one
 * definition per page, which a server-rendered component can't guarantee
 * (two tweets, or one inside a client island, would duplicate or miss it);
 * a single short path per icon costs less than a <use> reference and its
 * sprite. Stroke, fill and size come from the stylesheet, not attributes.
 */

export const ICONS = {
  x: 'M4 4h4.5L20 20h-4.5zM19.5 4l-6.2 6.9M4.5 20l6.2-6.9',
  // Two wings, as Bluesky's butterfly; a speech bubble with an "m", as Mastodon's.
  bluesky:
    'M12 11C10.5 8 7 4 4 4c-1 0-1 2-1 3 0 2 1 5 4 5-3 1-3 4-1 5 3 2 5-1 6-3 1 2 3 5 6 3 2-1 2-4-1-5 3 0 4-3 4-5 0-1 0-3-1-3-3 0-6.5 4-8 7z',
  mastodon:
    'M7 4h10a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-6l-4 3v-3a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3zM8 14V9.5a1.5 1.5 0 0 1 4 0V12M12 12V9.5a1.5 1.5 0 0 1 4 0V14',
  reply: 'M4 5h16v11h-10l-4 4v-4h-2z',
  repost: 'M4 11V9a3 3 0 0 1 3-3h11M15 3l3 3-3 3M20 13v2a3 3 0 0 1-3 3H6M9 21l-3-3 3-3',
  like: 'M12 20c-5-3.5-9-6.5-9-11a4.5 4.5 0 0 1 9-1 4.5 4.5 0 0 1 9 1c0 4.5-4 7.5-9 11z',
  // A rosette with the check cut out (even-odd), so one filled path draws both.
  verified:
    'M12 1.5l2.6 1.9 3.2-.2 1 3 2.7 1.8-1.1 3 1.1 3-2.7 1.8-1 3-3.2-.2L12 22.5l-2.6-1.9-3.2.2-1-3-2.7-1.8 1.1-3-1.1-3 2.7-1.8 1-3 3.2.2zM7.2 12.4l1.5-1.5 2.2 2.2 4.4-4.4 1.5 1.5-5.9 5.9z',
} as const;

export type IconName = keyof typeof ICONS;

/**
 * An icon, decorative unless `label` is given; then it is an image with that
 * name (e.g. inside a link's name). `kind` is a variant for the stylesheet,
 * e.g. the badge's colour. A plain function, not a component: it has no
 * state, and a tweet draws five of them on every server render.
 */
export function icon(name: IconName, label?: string, className?: string, kind?: string) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={!label || undefined}
      data-kind={kind}
    >
      {/* `name` can come from a stored post (its network): only ICONS' own paths, never an inherited value. */}
      <path d={Object.hasOwn(ICONS, name) ? ICONS[name] : undefined} />
    </svg>
  );
}
