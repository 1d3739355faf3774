// A country's panel lists its projects a page at a time. Rule: the first PANEL_PAGE, then PANEL_PAGE more on each
// "Show more". Hazard: what is not drawn cannot be found with the browser's find-in-page until shown (the table view
// and the downloads still list every project). At 100× the data a country listed 3,000 projects in one 2 s task.
export const PANEL_PAGE = 25;

/** How many the next "Show more" adds, and how many are still not shown after it (0: no button). */
export function nextPage(shown: number, total: number): { adds: number; hidden: number } {
  const hidden = Math.max(0, total - shown);
  return { adds: Math.min(PANEL_PAGE, hidden), hidden };
}
