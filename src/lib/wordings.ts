/**
 * One wording for each state of a fact the site cannot show, used by every page, so that the
 * same state never reads two ways (未印 here, 原文未印成文日期 there). The label beside the
 * wording names the fact (发文字号 未印); the wording names only the state.
 *
 * Shared with the follow engineer's date wordings (issue 28, item 5): extend this map rather
 * than writing a wording into a page.
 */
export const STATE_WORDING = {
  /** The notice as printed carries no such item (文号, 成文日期, 印发日期). */
  notPrinted: '未印',
  /** The source at hand does not state it: the portal's metadata (网址, 索引号, 发布日期, 有效性) was not given with it. */
  notStated: '未注明',
} as const;
