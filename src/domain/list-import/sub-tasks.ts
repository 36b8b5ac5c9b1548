// Nesting shared by the readers: an item's depth is at most one deeper than the item above it
// (a file that jumps from level 1 to level 4 still nests one step), and each sub-task names its
// parent in its notes, since our list is flat.
export class Nesting {
  private readonly parents: string[] = [];

  /** The depth to use for an item the source puts at `wanted`, and the parent's title. */
  place(wanted: number, title: string): { depth: number; parent?: string } {
    const depth = Math.max(0, Math.min(wanted, this.parents.length));
    this.parents.length = depth;
    const parent = this.parents[depth - 1];
    this.parents.push(title);
    return { depth, ...(parent !== undefined && { parent }) };
  }

  /** A heading or section starts afresh. */
  reset(): void {
    this.parents.length = 0;
  }
}

export const subTaskFact = (parent: string) => `Sub-task of “${parent}”`;
