// `npm run simulate`: prints the simulation of bench/simulation.ts and its checks.
import { SIMULATION as S, runSimulation } from './simulation';

const { incoming, results, checks } = runSimulation();
console.log(
  `Simulation: ${S.days} days, ${S.backlog} backlog chores, ${S.goals} goals × ${S.stepsPerGoal} steps, ` +
    `${incoming} chores arriving (${(incoming / (S.days - 1)).toFixed(1)} a day), ${S.perDay} items done a day`,
);
console.log(
  'ordering          goal steps done  chores done  overdue at end  longest days without progress',
);
for (const r of results) {
  console.log(
    `${r.name.padEnd(17)} ${String(r.goalSteps).padEnd(16)} ${String(r.chores).padEnd(12)} ${String(r.overdue).padEnd(15)} ${r.longestIdle}`,
  );
}
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
