// Lints BPMN models with bpmnlint and the rules its configuration names (bpmn/.bpmnlintrc: the recommended rules and
// Camunda 7.24's compatibility), as its command line does, and prints one JSON line per report, import warnings
// (an unreadable model) included as errors: {file, id, category, rule, message}.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const [configPath, ...models] = process.argv.slice(2);
const config = JSON.parse(await readFile(configPath, 'utf8'));
const linter = new Linter({ config, resolver: new NodeResolver() });

for (const file of models) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(await readFile(file, 'utf8'));
  for (const warning of warnings) {
    console.log(JSON.stringify({ file, id: warning.element && warning.element.id, category: 'error',
      rule: 'import', message: warning.message.split('\n')[0] }));
  }
  for (const [rule, reports] of Object.entries(await linter.lint(rootElement))) {
    for (const report of reports) {
      console.log(JSON.stringify({ file, id: report.id, category: report.category, rule, message: report.message }));
    }
  }
}
