// A country's panel shows each of its lists (projects, studies, related work, milestones) a page at a time. Rule: the
// first FIRST_PAGE entries, drawn in the frame that answers the click on the country, then MORE_PAGE more on each
// "Show more", which the visitor asked for and waits for. Hazard: what is not drawn cannot be found with the browser's
// find-in-page until shown (the table view and the downloads still list every project).
export const FIRST_PAGE = 5;
export const MORE_PAGE = 20;

/** How many the next "Show more" adds, and how many are still not shown after it (0: no button). */
export function nextPage(shown: number, total: number): { adds: number; hidden: number } {
  const hidden = Math.max(0, total - shown);
  return { adds: Math.min(MORE_PAGE, hidden), hidden };
}
