// Parses an AsyncAPI document with the AsyncAPI Initiative's own parser (the one its CLI and generators use), which
// resolves every $ref, validates the document against the specification and the payloads against their schema
// format, and runs its recommended rules. Prints one JSON line per diagnostic, then {"parsed": true|false}.
import { Parser, fromFile } from '@asyncapi/parser';

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const { document, diagnostics } = await fromFile(new Parser(), process.argv[2]).parse();
for (const diagnostic of diagnostics) {
  console.log(JSON.stringify({
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    path: diagnostic.path.join('/'),
    message: diagnostic.message,
  }));
}
console.log(JSON.stringify({ parsed: document !== undefined }));
