// Strings of the timeline view.
export const timelineMessages = {};
