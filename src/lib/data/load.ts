// Fetch one data file and parse it with its schema. The only way JSON enters the app.
import { describeJsonSyntaxError } from '../schema/json-error';
import { parseRecords, type Parsed } from '../schema/parse';
import type { DatasetSpec } from '../schema/datasets';
import { formatProblem } from '../schema/problem';

/** A file that cannot be used at all; its message is shown in the view and says what to fix. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

export type Fetch = (url: string) => Promise<Response>;

/** Relative to the page, so the app works from any folder of a host site. */
export function dataUrl(file: string): string {
  return `data/${file}`;
}

export async function fetchJson(file: string, url: string, fetchFn: Fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch {
    throw new DatasetError(file, `${file} could not be downloaded: the network request failed. Check the connection and retry.`);
  }
  if (!response.ok) {
    throw new DatasetError(file, `${file} could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError(file, `${file} is not valid JSON: ${await describeJsonSyntaxError(text)}.`);
  }
}

export async function loadDataset<T extends { id: string }>(spec: DatasetSpec<T>, fetchFn: Fetch = fetch): Promise<Parsed<T>> {
  const json = await fetchJson(spec.file, dataUrl(spec.file), fetchFn);
  const parsed = parseRecords(spec.file, spec.schema, json);
  if (parsed.fatal) throw new DatasetError(spec.file, formatProblem(parsed.fatal));
  return parsed;
}
