// Step 3: why goals sink, and what coaching does about it.
export function AnswerStep() {
  return (
    <div className="lesson-answer">
      <p className="lesson-lead">
        Chores are urgent and they never run out: finish one and two more arrive. Goals matter more,
        but they are rarely urgent, so there is always a chore that seems to come first. Day by day
        the goals slide down the list, and they never get done.
      </p>
      <p>Coaching changes that by giving your goals attention of their own, apart from the pile:</p>
      <ol className="lesson-cards">
        <li>
          <h2>Start from what you value</h2>
          <p>
            A goal you chose because it matters to you pulls harder than one you feel you ought to
            have. Ask what would make this year feel well spent.
          </p>
        </li>
        <li>
          <h2>Make it measurable</h2>
          <p>
            “Get fit” can never be finished. “Run 5 km without stopping by June” can, and you can
            see how close you are.
          </p>
        </li>
        <li>
          <h2>Break it into steps</h2>
          <p>
            A goal is too big for a Tuesday evening; a step is not. One run, one page, one phone
            call. Always know the very next one.
          </p>
        </li>
        <li>
          <h2>Plan for what gets in the way</h2>
          <p>
            Name the obstacle before it shows up and decide your answer now: “If it rains, then I
            will do the video workout at home.”
          </p>
        </li>
      </ol>
      <p>
        Goals First carries this into every day: each goal’s next step stands above the chores, with
        the reason it is there.
      </p>
    </div>
  );
}
