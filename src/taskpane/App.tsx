// Replaced by the task pane work package.
export function App(): JSX.Element {
  return <div>Kinerja</div>;
}
