/**
 * The options page: the corpus the extension compares pages against. Shows the index's
 * progress, adds articles (paste or files), lists and deletes the user's articles (a whole
 * imported file at once, too), and exports the whole corpus.
 */
import { ExportCorpus } from './ExportCorpus';
import { ImportFiles } from './ImportFiles';
import { ImportPanel } from './ImportPanel';
import { IndexProgress } from './IndexProgress';
import { UserArticles } from './UserArticles';
import { useImportProgress } from './use-import-progress';
import { useIndexStatus } from './use-index-status';

export function OptionsApp() {
  const { status, error } = useIndexStatus();
  const progress = useImportProgress();
  // Every change to the user's articles, made here or elsewhere, is published with a new count:
  // the lists read again then, once.
  const stored = status?.userArticles;
  return (
    <main class="nc-options">
      <h1>News Context: corpus</h1>
      <p class="nc-muted">
        Pages are compared against these articles, on this device only. Articles you add are treated like the bundled ones.
      </p>
      <IndexProgress status={status} error={error} importing={progress !== null} />
      <ImportPanel progress={progress} />
      <ImportFiles stored={stored} />
      <UserArticles stored={stored} />
      <ExportCorpus />
    </main>
  );
}
