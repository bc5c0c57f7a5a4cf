/** Number formats shared by the charts and their data tables. */
import { format } from 'd3-format';

const percent = format('.0%');
const percentFine = format('.1%');

/** A share as a whole percentage ("15%"); shares under 1% but above 0 keep one decimal so they do not read as zero. */
export function formatShare(share: number): string {
  return share > 0 && share < 0.01 ? percentFine(share) : percent(share);
}

/** A share with one decimal ("14.8%"), for data tables. */
export function formatShareFine(share: number): string {
  return percentFine(share);
}

/** A task count with its measure word ("54 项"). */
export function formatTasks(count: number): string {
  return `${count} 项`;
}
