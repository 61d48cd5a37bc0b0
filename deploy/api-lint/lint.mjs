// Runs Spectral over each service's committed OpenAPI document and prints, per document, its errors and
// warnings. Exit 1 when a document that is not report-only has an error. Started by ./lint (which checks Node
// and installs Spectral first).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const verbose = process.env.API_LINT_VERBOSE === '1';

// Report-only: listed and counted, never failing the build. A document being rebuilt may be marked so until it
// follows the API conventions (README); none is today.
const DOCUMENTS = [
  { service: 'lg-inform-service', reportOnly: false },
  { service: 'peer-challenge-service', reportOnly: false },
  { service: 'knowledge-hub-service', reportOnly: false },
  { service: 'radar-service', reportOnly: false },
];
const SEVERITY = ['error', 'warning', 'info', 'hint'];
const spectral = path.join(here, 'node_modules', '.bin', 'spectral');
const version = JSON.parse(readFileSync(path.join(here, 'node_modules', '@stoplight', 'spectral-cli', 'package.json'))).version;

console.log(`API lint: Spectral ${version}, spectral:oas + OWASP API Security 2023 (deploy/api-lint/.spectral.yaml)`);
let failed = false;
for (const { service, reportOnly } of DOCUMENTS) {
  const document = path.join(root, service, 'src', 'main', 'openapi', 'openapi.yaml');
  const run = spawnSync(spectral, ['lint', document, '--ruleset', path.join(here, '.spectral.yaml'),
    '--format', 'json', '--fail-severity', 'error', '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let findings;
  try {
    findings = JSON.parse(run.stdout);
  } catch {
    console.error(`API lint: Spectral could not lint ${path.relative(root, document)}:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const errors = count(0);
  const warnings = count(1);
  const mode = reportOnly ? ' (report-only)' : '';
  console.log(`  ${service.padEnd(24)} ${errors} error(s), ${warnings} warning(s)${mode}`);
  if (errors > 0 && !reportOnly) {
    failed = true;
  }
  if (reportOnly && !verbose) {
    const byRule = new Map();
    for (const f of findings.filter((f) => f.severity <= 1)) {
      const key = `${SEVERITY[f.severity]} ${f.code}`;
      byRule.set(key, (byRule.get(key) ?? 0) + 1);
    }
    [...byRule.entries()].sort().forEach(([rule, n]) => console.log(`      ${String(n).padStart(4)}  ${rule}`));
  } else {
    for (const f of findings.filter((f) => f.severity <= 1)) {
      const at = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      console.log(`      ${SEVERITY[f.severity].padEnd(7)} ${at.padEnd(8)} ${f.code}  ${f.message}  (${f.path.join('.')})`);
    }
  }
}
if (failed) {
  console.error('API lint: errors above. Fix the resource annotations (or platform-support ProblemResponses), '
    + 'or accept a finding with its reason in deploy/api-lint/.spectral.yaml.');
  process.exit(1);
}
