/** How long a chart takes to draw itself in, for readers who have not asked for less motion. */
export const CHART_ANIMATION_MS = 400;
