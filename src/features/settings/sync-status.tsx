// The sync status line: a polite live region, so a change ("Offline — 2 changes waiting",
// "Synced") is read out without taking the focus.
export function SyncStatus({ text }: { text: string }) {
  return (
    <p role="status" className="sync-status">
      {text}
    </p>
  );
}
