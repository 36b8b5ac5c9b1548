// Obstacles and plans as pairs: "If …" (what could get in the way) and "Then I will …" (what
// you will do then). Any number of pairs; a new one takes focus, and removing one hands focus
// to a neighbour so keyboard users are never dropped to the top of the page.
import type { PairDraft } from './goal-draft';
import { newPair } from './goal-draft';
import { fieldId, fieldState, type FormError } from './form-error';
import { holdFocus } from '../../ui/focus';

interface Props {
  formId: string;
  pairs: PairDraft[];
  onChange: (pairs: PairDraft[]) => void;
  error: FormError | null;
  errorId: string;
}

/** Focus on the field once it has rendered, unless the person has moved on by then. */
const focusLater = (id: string) => {
  const hold = holdFocus();
  requestAnimationFrame(() => hold.moveTo(document.getElementById(id)));
};

export function ObstaclePairs({ formId, pairs, onChange, error, errorId }: Props) {
  const change = (index: number, patch: Partial<PairDraft>) =>
    onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));
  const add = () => {
    onChange([...pairs, newPair()]);
    focusLater(fieldId(formId, `obstacles.${pairs.length}.obstacle`));
  };
  const remove = (index: number) => {
    onChange(pairs.filter((_, i) => i !== index));
    const neighbour = index > 0 ? index - 1 : 0;
    focusLater(
      pairs.length > 1
        ? fieldId(formId, `obstacles.${neighbour}.obstacle`)
        : `${formId}-add-obstacle`,
    );
  };

  return (
    <div className="obstacle-pairs">
      {pairs.map((pair, index) => {
        const obstacleField = `obstacles.${index}.obstacle`;
        const strategyField = `obstacles.${index}.strategy`;
        return (
          <fieldset key={pair.key} className="obstacle-pair">
            <legend>Obstacle {index + 1}</legend>
            <label htmlFor={fieldId(formId, obstacleField)}>If</label>
            <input
              id={fieldId(formId, obstacleField)}
              type="text"
              value={pair.obstacle}
              placeholder="I am too tired after work"
              autoComplete="off"
              onChange={(event) => change(index, { obstacle: event.currentTarget.value })}
              {...fieldState(error, obstacleField, errorId)}
            />
            <label htmlFor={fieldId(formId, strategyField)}>Then I will</label>
            <input
              id={fieldId(formId, strategyField)}
              type="text"
              value={pair.strategy}
              placeholder="write 200 words before breakfast"
              autoComplete="off"
              onChange={(event) => change(index, { strategy: event.currentTarget.value })}
              {...fieldState(error, strategyField, errorId)}
            />
            <button type="button" className="remove-pair" onClick={() => remove(index)}>
              Remove obstacle {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={`${formId}-add-obstacle`} onClick={add}>
        {pairs.length === 0 ? 'Add an obstacle' : 'Add another obstacle'}
      </button>
    </div>
  );
}
