// A @web/test-runner reporter that counts passed, failed and skipped tests per browser and
// writes them as JSON, so scripts/test.mjs can print one total over several runner processes.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const totals = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: 0 });
        totals.files += 1;
        // A file that failed to load or threw outside a test has errors but no failed test: count it.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors += 1;
        count(session.testResults, totals);
      }
      if (file) writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
