/**
 * The licence of the site's data: Creative Commons Attribution 4.0 International (CC BY 4.0)
 * for what the project made (the notices as structured tasks, their codes, the registries,
 * the files under /data/, the feeds and calendars). Chosen because it is open (anyone may
 * reuse, adapt and redistribute, commercially too), asks only for attribution, which keeps
 * a reused figure traceable to this corpus and so to the notices, has an official Chinese
 * text, and is the licence research data and government open-data portals most often use.
 * The notices themselves are government documents: official documents of an administrative
 * nature are excluded from copyright (著作权法 第五条), so their text is reused freely; the
 * licence covers the compilation and coding, not the documents.
 */
export const DATA_LICENSE = {
  /** SPDX identifier, for machine-readable metadata. */
  spdx: 'CC-BY-4.0',
  /** Its name as the Chinese text names it. */
  name: '知识共享署名 4.0 国际许可协议',
  /** The licence's canonical address (metadata, rel="license"). */
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** Its summary in simplified Chinese, for readers. */
  deedZh: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

/** The notice on the licence that files carry (feeds' rights, the data package's description). */
export const LICENSE_NOTICE = `本站整理的数据按${DATA_LICENSE.name}发布，使用时请注明出处“政务公开任务库”；通知原文为政府公文，不受著作权法保护（著作权法第五条）。`;
