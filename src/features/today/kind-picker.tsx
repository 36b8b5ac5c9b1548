// Chore or goal step: the one choice every task makes (radio buttons, so arrow keys switch).
import type { TaskKind } from '../../domain/types';

interface Props {
  name: string;
  value: TaskKind;
  onChange: (kind: TaskKind) => void;
}

const OPTIONS: { kind: TaskKind; label: string }[] = [
  { kind: 'chore', label: 'Chore' },
  { kind: 'goal', label: 'Goal step' },
];

export function KindPicker({ name, value, onChange }: Props) {
  return (
    <fieldset className="kind-picker">
      <legend className="visually-hidden">Kind of task</legend>
      {OPTIONS.map((option) => (
        <label key={option.kind} className={`kind-option kind-${option.kind}`}>
          <input
            type="radio"
            name={name}
            value={option.kind}
            checked={value === option.kind}
            onChange={() => onChange(option.kind)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
