import { readFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints what the page showed when a test failed: the page snapshot (aria tree) of Playwright's error
 * context. The list reporter only names the file, and PlatformIT runs these tests in a CI clone that is
 * deleted afterwards, so the test output (the Maven log) is the only evidence that survives.
 */
export default class FailureSnapshotReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === test.expectedStatus) return;
    for (const attachment of result.attachments) {
      if (attachment.name !== 'error-context' || !attachment.path) continue;
      // The file also holds instructions for an assistant, the errors and the test's source, all of which the
      // list reporter prints already; the page is in its yaml blocks (the aria snapshot).
      const snapshots = [...readFileSync(attachment.path, 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((block) => block[1].trimEnd());
      if (snapshots.length === 0) continue;
      console.log(`\n--- ${test.titlePath().filter(Boolean).join(' › ')}: the page when it failed ---\n${snapshots.join('\n\n')}\n--- end of the page ---\n`);
    }
  }

  printsToStdio() {
    return false;
  }
}
