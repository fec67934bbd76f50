/**
 * A view that opens draws all its charts in one task, and the browser paints none of them before the last is
 * built. So the first drawing of a figure runs at once only when no other figure has drawn its first in the same
 * task; the others wait, one per frame after it, in the order they asked (the first chart of a view is painted
 * without waiting for the rest to be built). Redrawing a figure already on screen (a filter, a brush step) never
 * waits: linked charts change in the same frame.
 */
let open = false;
const queue: (() => void)[] = [];
let draining = false;

function drain(): void {
  if (draining) return;
  draining = true;
  // after the next paint: a frame callback runs before it, a task queued from there runs after it
  requestAnimationFrame(() =>
    setTimeout(() => {
      draining = false;
      queue.shift()?.();
      if (queue.length > 0) drain();
    }, 0),
  );
}

/** Runs `draw` now or in a later frame (see above); the returned function cancels it if it has not run yet. */
export function firstDraw(draw: () => void): () => void {
  if (!open && queue.length === 0) {
    open = true;
    queueMicrotask(() => {
      open = false;
    });
    draw();
    return () => undefined;
  }
  queue.push(draw);
  drain();
  return () => {
    const i = queue.indexOf(draw);
    if (i >= 0) queue.splice(i, 1);
  };
}
