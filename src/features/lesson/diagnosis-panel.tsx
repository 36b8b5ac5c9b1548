// The diagnosis of a list in words and big numbers, sized to be read across a room.
import type { DiagnosisText } from './diagnosis-words';

export function DiagnosisPanel({ text }: { text: DiagnosisText }) {
  return (
    <section className="lesson-diagnosis" aria-labelledby="lesson-diagnosis-heading">
      <h2 id="lesson-diagnosis-heading">Diagnosis</h2>
      <p className="lesson-headline">{text.headline}</p>
      <dl className="lesson-facts">
        {text.facts.map((fact) => (
          <div key={fact.label} className="lesson-fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {text.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
    </section>
  );
}
