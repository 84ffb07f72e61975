/** Where the main window opens: its last place, as long as that is still on a screen. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface DisplayArea {
  /** The display minus menu bar, dock or taskbar, in screen coordinates. */
  workArea: Rect;
}

export const DEFAULT_SIZE = { width: 1200, height: 780 } as const;
export const MIN_SIZE = { width: 800, height: 520 } as const;

/** A window showing less than this much of itself on a display counts as lost off-screen. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const overlap = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
};

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

const centeredIn = (area: Rect, width: number, height: number): Rect => ({
  x: Math.round(area.x + (area.width - width) / 2),
  y: Math.round(area.y + (area.height - height) / 2),
  width,
  height,
});

/**
 * Puts a remembered window back where it was, moved onto the display it mostly covered and
 * shrunk to fit it. When its display is gone (a laptop off its external monitor), or nothing
 * was remembered, the window opens at the default size centred on the primary display
 * (`displays[0]`).
 */
export const placeWindow = (
  saved: WindowState | undefined,
  displays: readonly DisplayArea[],
): WindowState => {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const fit = (area: Rect, width: number, height: number) => ({
    width: clamp(Math.round(width), Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(Math.round(height), Math.min(MIN_SIZE.height, area.height), area.height),
  });

  if (!saved) {
    const { width, height } = fit(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height);
    return { bounds: centeredIn(primary, width, height), maximized: false };
  }

  let best: { area: Rect; visible: number } | undefined;
  for (const { workArea } of displays) {
    const shared = overlap(saved.bounds, workArea);
    const visible =
      shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height
        ? shared.width * shared.height
        : 0;
    if (visible > 0 && (!best || visible > best.visible)) best = { area: workArea, visible };
  }

  const { width, height } = fit(best?.area ?? primary, saved.bounds.width, saved.bounds.height);
  if (!best) return { bounds: centeredIn(primary, width, height), maximized: saved.maximized };
  const { area } = best;
  return {
    bounds: {
      x: clamp(Math.round(saved.bounds.x), area.x, area.x + area.width - width),
      y: clamp(Math.round(saved.bounds.y), area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
};
