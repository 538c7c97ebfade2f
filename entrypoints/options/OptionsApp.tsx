/**
 * The options page: the corpus the extension compares pages against. Shows the index's
 * progress, adds articles (paste or files), lists and deletes the user's articles (a whole
 * imported file at once, too), and exports the whole corpus.
 */
import { useState } from 'preact/hooks';
import { ExportCorpus } from './ExportCorpus';
import { ImportFiles } from './ImportFiles';
import { ImportPanel } from './ImportPanel';
import { IndexProgress } from './IndexProgress';
import { UserArticles } from './UserArticles';
import { useIndexStatus } from './use-index-status';

export function OptionsApp() {
  const { status, error, refresh } = useIndexStatus();
  // Bumped after every change, so the list reloads and the progress starts polling.
  const [version, setVersion] = useState(0);
  const changed = () => {
    setVersion((v) => v + 1);
    refresh();
  };
  return (
    <main class="nc-options">
      <h1>News Context: corpus</h1>
      <p class="nc-muted">
        Pages are compared against these articles, on this device only. Articles you add are treated like the bundled ones.
      </p>
      <IndexProgress status={status} error={error} />
      <ImportPanel onImported={changed} />
      <ImportFiles version={version} stored={status?.userArticles} onDeleted={changed} />
      <UserArticles version={version} stored={status?.userArticles} onDeleted={changed} />
      <ExportCorpus />
    </main>
  );
}
