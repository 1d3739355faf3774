// Strings of the map view.
export const mapMessages = {};
