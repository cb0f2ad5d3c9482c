export function EditorLoading() {
  return <div className="editor-loading" role="status">Loading editor…</div>;
}
