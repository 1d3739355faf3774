// Says where a JSON syntax mistake is, as line and column, in words an editor understands.
// JSON.parse's own messages differ between engines and often give no position at all.

const EXPECTED: Record<string, string> = {
  InvalidSymbol: 'valid JSON',
  InvalidNumberFormat: 'a number such as 2021',
  PropertyNameExpected: 'a field name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a colon (:)',
  CommaExpected: 'a comma (,)',
  CloseBraceExpected: 'a closing brace (})',
  CloseBracketExpected: 'a closing bracket (])',
  EndOfFileExpected: 'the end of the file',
  InvalidCommentToken: 'no comments (JSON has none)',
  UnexpectedEndOfComment: 'no comments (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote (")',
  UnexpectedEndOfNumber: 'a complete number',
  InvalidUnicode: 'a valid \\u escape',
  InvalidEscapeCharacter: 'a valid escape such as \\" or \\n',
  InvalidCharacter: 'no control characters inside a text',
};

/** Loaded only when a file is broken, so the parser costs nothing on a normal visit. */
export async function describeJsonSyntaxError(text: string): Promise<string> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: { error: number; offset: number; length: number }[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'the file could not be read as JSON';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const code = printParseErrorCode(first.error as Parameters<typeof printParseErrorCode>[0]);
  const found = first.offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(first.offset, first.offset + Math.max(1, Math.min(first.length, 20))));
  return `line ${line}, column ${column}: expected ${EXPECTED[code] ?? 'valid JSON'}, found ${found}`;
}
