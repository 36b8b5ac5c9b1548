// What a screen reader hears while a row of Today is dragged into the other section.
import { dragAnnouncements, type DragData } from '../../ui/drag/drag-words';

interface TodayDragData extends DragData {
  /** The goal a row of the goal section stands for. */
  goalTitle?: string;
}

export const todayAnnouncements = dragAnnouncements<TodayDragData>({
  over: (active, over) => {
    if (active.list === 'chores') {
      return over.goalTitle
        ? `Over ${over.goalTitle}: drop to make ${active.label} its next step.`
        : `Over Goals: drop to make ${active.label} a goal step.`;
    }
    return `Over Chores: drop to make ${active.label} a chore.`;
  },
  dropped: (active) =>
    active.list === 'chores'
      ? `${active.label} dropped on Goals. Choose its goal.`
      : `${active.label} dropped on Chores, to become a chore.`,
});
