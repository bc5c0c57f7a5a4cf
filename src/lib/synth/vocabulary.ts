/**
 * The real corpus's vocabulary as templates for the synthetic corpus: every task's text,
 * units and deadline, each notice's outline (sections, subsections, how many tasks each),
 * the clauses that state a measurable target and the notices' own paragraphs, with the
 * source jurisdiction's names and the plan year turned into slots (places.ts). Pure.
 */
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { NoticeEntry } from '../../schemas/notice.ts';
import { findTargets } from '../normalize/targets.ts';
import { placeForms, toTemplate, yearsToTemplate } from './places.ts';

/** A printed unit name as a template: `lead` when it was printed after its jurisdiction's type word (县财政局 → 财政局). */
export interface UnitTemplate {
  lead: boolean;
  rest: string;
}

/** One real task as templates. */
export interface TaskTemplate {
  text: string;
  units: UnitTemplate[];
  /** The printed deadline with its years as slots, or null where none was printed. */
  deadline: string | null;
}

/** One subsection of a real notice's outline and the tasks printed under it (indexes into `tasks`). */
export interface OutlineGroup {
  section: string | null;
  subsection: string | null;
  tasks: number[];
}

/** A real notice's outline: its groups in printed order, and the deadlines it prints (nulls included). */
export interface Outline {
  groups: OutlineGroup[];
  deadlines: (string | null)[];
}

/** Everything the generator recombines. */
export interface SynthVocabulary {
  tasks: TaskTemplate[];
  outlines: Outline[];
  /** Every printed unit, repeats kept, so that picking from it follows the corpus's frequencies. */
  units: UnitTemplate[];
  /** Clauses of task texts that state a measurable target (每年至少开展1次专题培训), without end punctuation. */
  targetClauses: string[];
  /** Paragraphs of the notices' own text that name no document. */
  paragraphs: string[];
}

/** One real notice as read from content/notices: its entry and its Markdown body. */
export interface VocabularySource {
  entry: NoticeEntry;
  body: string;
}

/** Builds the vocabulary from the real notices; their jurisdictions come from the registry. */
export function buildVocabulary(sources: readonly VocabularySource[], jurisdictions: readonly Jurisdiction[]): SynthVocabulary {
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
  const vocabulary: SynthVocabulary = { tasks: [], outlines: [], units: [], targetClauses: [], paragraphs: [] };
  // Sorted by id: the vocabulary, and so the output, must not depend on the order files were read in.
  for (const { entry, body } of [...sources].sort((a, b) => a.entry.id.localeCompare(b.entry.id))) {
    const place = byCode.get(entry.jurisdiction);
    if (!place) throw new Error(`${entry.id}: jurisdiction ${entry.jurisdiction} is not in the registry`);
    const template = (text: string) => yearsToTemplate(toTemplate(text, place), entry.year);
    const outline: Outline = { groups: [], deadlines: [] };
    for (const task of entry.tasks) {
      const section = task.section === null ? null : template(task.section);
      const subsection = task.subsection === null ? null : template(task.subsection);
      let group = outline.groups.at(-1);
      if (!group || group.section !== section || group.subsection !== subsection) {
        group = { section, subsection, tasks: [] };
        outline.groups.push(group);
      }
      const units = task.units.map((u) => unitTemplate(template(u.name), placeForms(place).t));
      const deadline = task.deadlineRaw === null ? null : template(task.deadlineRaw);
      group.tasks.push(vocabulary.tasks.length);
      vocabulary.tasks.push({ text: template(task.text), units, deadline });
      vocabulary.units.push(...units);
      outline.deadlines.push(deadline);
      for (const clause of clauses(task.text)) {
        if (findTargets(clause).length > 0) vocabulary.targetClauses.push(template(clause.replace(/[，；。,;]$/, '')));
      }
    }
    vocabulary.outlines.push(outline);
    for (const paragraph of body.split(/\n\s*\n/).map((p) => p.trim())) {
      if (paragraph.length >= 30 && paragraph.length <= 400 && !/[《》：:#|]|附件/.test(paragraph) && /。$/.test(paragraph)) vocabulary.paragraphs.push(template(paragraph));
    }
  }
  return vocabulary;
}

/** A printed unit whose name starts with its jurisdiction's type word keeps that word as `lead`: 县财政局, {t}直各部门. */
function unitTemplate(name: string, type: string): UnitTemplate {
  if (name.startsWith('{t}')) return { lead: true, rest: name.slice(3) };
  if (name.startsWith(type) && name.length > 2) return { lead: true, rest: name.slice(1) };
  return { lead: false, rest: name };
}

/** A text cut after each ，；。 (the punctuation stays with its clause). */
export function clauses(text: string): string[] {
  return text.split(/(?<=[，；。])/).filter((c) => c !== '');
}
