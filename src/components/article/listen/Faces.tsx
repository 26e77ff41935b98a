/**
 * A toggle's two faces in one grid cell, the other one invisible: the button
 * keeps the width of the wider, so pressing it never rewraps the player (no
 * layout shift). The button's name is the face shown, set by the caller.
 */
export function Faces({ faces, shown }: { faces: [string, string]; shown: 0 | 1 }) {
  return (
    <span className="bs-player-faces" aria-hidden="true">
      {faces.map((face, i) => (
        <span key={face} data-shown={i === shown ? '' : undefined}>
          {face}
        </span>
      ))}
    </span>
  );
}
