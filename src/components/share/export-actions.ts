// The download work, loaded with import() when a download is asked for, so the first load does not carry it.
import { composeSvg, PICTURE_SIZES, type Composition } from '../../lib/export/compose-svg';
import type { Box } from '../../lib/export/map-frame';
import { snapshotMap, snapshotTimeline } from './snapshot';

export { countriesCsv, officesCsv, projectsCsv } from '../../lib/export/csv';
export { describeFilters } from '../../lib/projects/filter-summary';
export { mapPicture } from './map-picture';
export { timelinePicture } from './timeline-picture';
export { exportWords } from '../../lib/export/words';

/** What to draw around the view; `frame`, the part of the view to show (the map's: lib/export/map-frame.ts). */
export type PictureSpec = Omit<Composition, 'view' | 'physical'> & { frame?: Box };

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadText(text: string, name: string, type = 'text/csv;charset=utf-8') {
  download(new Blob([text], { type }), name);
}

/** SVG as composed; PNG by drawing that SVG into a canvas of the picture's pixel size (img-src blob: allows it). */
export async function downloadPicture(view: 'map' | 'timeline', format: 'svg' | 'png', spec: PictureSpec, name: string) {
  const { frame, ...composition } = spec;
  const snapshot = { ...(view === 'map' ? snapshotMap() : snapshotTimeline()), frame };
  if (format === 'svg') {
    download(new Blob([composeSvg({ ...composition, view: snapshot, physical: true })], { type: 'image/svg+xml' }), name);
    return;
  }
  const { width, height } = PICTURE_SIZES[spec.size];
  const url = URL.createObjectURL(new Blob([composeSvg({ ...composition, view: snapshot })], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser.');
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
    download(png, name);
  } finally {
    URL.revokeObjectURL(url);
  }
}
