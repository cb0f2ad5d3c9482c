/** Two buttons that download the work on screen (rules file, samples file); see download-work.ts. */
const FILES = { rules: 'rules.yaml', samples: 'samples.yaml' } as const;

export function WorkDownloads() {
  const download = (which: keyof typeof FILES) => {
    void import('./download-work').then((m) => m.downloadWork(which));
  };
  return (
    <>
      <button type="button" onClick={() => download('rules')}>Download {FILES.rules}</button>
      <button type="button" onClick={() => download('samples')}>Download {FILES.samples}</button>
    </>
  );
}
