// Step 6: the client picks out the lines that are steps toward their goals.
import { listNeeded } from './list-needed';
import { updateSandbox } from './sandbox-store';
import { useYourList } from './use-your-list';

function toggle(key: string) {
  updateSandbox((sandbox) => ({
    ...sandbox,
    marked: sandbox.marked.includes(key)
      ? sandbox.marked.filter((marked) => marked !== key)
      : [...sandbox.marked, key],
  }));
}

export function MarkGoalsStep() {
  const list = useYourList();
  const goals = list.items.filter((item) => item.kind === 'goal').length;
  return (
    <>
      <p className="lesson-lead">
        Press each line that is a step toward something you care about, rather than something that
        simply has to be done. Press it again to take the mark off.
      </p>
      {listNeeded(list) ?? (
        <>
          <ul className="lesson-toggles" aria-label="Your list">
            {list.items.map((item) => (
              <li key={item.key}>
                <button
                  type="button"
                  className="lesson-toggle"
                  aria-pressed={item.kind === 'goal'}
                  onClick={() => toggle(item.key)}
                >
                  <span className="lesson-item-title">{item.title}</span>
                  <span className="lesson-badge" aria-hidden="true">
                    Goal
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p role="status" className="lesson-status">
            {goals} of {list.items.length} marked as goals.
          </p>
        </>
      )}
    </>
  );
}
