/**
 * Pairs of tasks from the five bundled notices, labelled by reading them (ids are
 * <notice id>-<task id>). Every pair of tasks of different notices whose requirements
 * share at least 15 % of their character pairs was read, 56 in all; the pairs below are
 * those that decide something, and docs/similarity.md gives the figures.
 */

/** Near copies: one commitment in nearly the same words. The similarity step must link them. */
export const NEAR_COPIES: readonly (readonly [string, string, string])[] = [
  ['guanxian-2023-15-t9', 'shanghe-2023-2-t4', '逾期未支付中小企业账款：两字之差（深入）'],
  ['guanxian-2023-15-t12', 'shanghe-2023-2-t9', '义务教育“双减”：商河县多一个分句'],
  ['guanxian-2023-15-t11', 'shanghe-2023-2-t8', '重点群体就业信息'],
  ['guanxian-2023-15-t23', 'shanghe-2023-2-t14', '决策事项推进流程，超链接归集展示'],
  ['guanxian-2023-15-t19', 'shanghe-2023-2-t23', '深化解读内容'],
  ['guanxian-2023-15-t40', 'shanghe-2023-2-t37', '丰富基层政务公开形式（语序调换）'],
  ['guanxian-2023-15-t54', 'yanzhou-2021-20-t47', '上一年度工作要点回头看'],
  ['guanxian-2023-15-t37', 'shanghe-2023-2-t43', '线下公开渠道，回应社会关切'],
  ['guanxian-2023-15-t49', 'shanghe-2023-2-t49', '每年至少组织1次政务公开专题培训'],
  ['guanxian-2023-15-t39', 'shanghe-2023-2-t36', '基层政务公开专区功能建设'],
  ['guanxian-2023-15-t15', 'shanghe-2023-2-t18', '公开专栏与主动公开基本目录（两句调换）'],
  ['guanxian-2023-15-t8', 'shanghe-2023-2-t3', '国有企业创新驱动“十条”落实情况'],
  ['guanxian-2023-15-t13', 'shanghe-2023-2-t12', '养老托育机构监管结果'],
];

/**
 * Rewritten: one commitment of the upstream plan, rewritten or merged with others, so that
 * few characters run alike. Character similarity is not meant to find these; linking them
 * is neither required nor an error, and the share found is reported.
 */
export const REWRITTEN: readonly (readonly [string, string, string])[] = [
  ['guanxian-2023-15-t27', 'shanghe-2023-2-t16', '邀请公众代表列席政府常务会议（10 次与 5 次）'],
  ['guanxian-2023-15-t24', 'shanghe-2023-2-t15', '决策公开征求意见的途径'],
  ['guanxian-2023-15-t21', 'shanghe-2023-2-t25', '重大政策舆情风险评估，负责同志出席发布会'],
  ['guanxian-2023-15-t50', 'shanghe-2023-2-t51', '跟班学习、轮岗培训、以干代训'],
  ['guanxian-2023-15-t22', 'shanghe-2023-2-t26', '政务舆情第一时间发现、回应'],
  ['guanxian-2023-15-t29', 'shanghe-2023-2-t17', '常态化政策评价机制'],
  ['guanxian-2023-15-t47', 'shanghe-2023-2-t31', '“三审”制度，多人审看、专人把关'],
  ['guanxian-2023-15-t26', 'shanghe-2023-2-t16', '利益相关方等列席政府会议'],
  ['guanxian-2023-15-t53', 'shanghe-2023-2-t46', '落实情况纳入年度报告'],
  ['guanxian-2023-15-t48', 'shanghe-2023-2-t34', '政府网站与政务新媒体同步发布、同质同效'],
  ['guanxian-2023-15-t17', 'shanghe-2023-2-t20', '企业痛点难点堵点，政策精准公开'],
  ['guanxian-2023-15-t36', 'shanghe-2023-2-t41', '公共企事业单位联络员制度'],
  ['guanxian-2023-15-t33', 'lezhi-2023-15-t31', '妥善处理依申请公开的投诉举报（一个分句）'],
];

/** Unrelated: different commitments that share words of the trade (信息公开, 政务公开, 政策). The similarity step must not link them. */
export const UNRELATED: readonly (readonly [string, string, string])[] = [
  ['guanxian-2023-15-t46', 'shanghe-2023-2-t28', '网站适老化改造 / 政府网站集约化平台'],
  ['guanxian-2023-15-t4', 'lezhi-2023-15-t12', '生态环境质量 / 空气与水质信息'],
  ['lezhi-2023-15-t30', 'shanghe-2023-2-t39', '依申请公开工作规范 / 典型案例研判'],
  ['guanxian-2023-15-t43', 'yanzhou-2021-20-t40', '调整领导小组 / 领导小组定期开会'],
  ['guanxian-2023-15-t5', 'yanzhou-2021-20-t2', '绿色低碳政策解读 / 高质量发展进展'],
  ['shanghe-2023-2-t3', 'yanzhou-2021-20-t2', '国企“十条政策” / 高质量发展进展'],
  ['lijin-2016-27-t27', 'yanzhou-2021-20-t27', '重大决策预公开 / 公众参与平台'],
  ['guanxian-2023-15-t41', 'shanghe-2023-2-t44', '每年召开1次会议 / 主管部门牵头作用'],
  ['guanxian-2023-15-t33', 'lezhi-2023-15-t30', '投诉举报 / 依申请公开工作规范'],
  ['lezhi-2023-15-t14', 'yanzhou-2021-20-t14', '社会保险、住房等服务信息 / 社会保障和养老医疗'],
  ['guanxian-2023-15-t15', 'lijin-2016-27-t39', '公开专栏与目录动态管理 / 目录建设'],
  ['lezhi-2023-15-t9', 'yanzhou-2021-20-t12', '就业增收群体政策 / 促进就业创业政策'],
  ['shanghe-2023-2-t47', 'yanzhou-2021-20-t45', '定期通报与问责 / 激励问责'],
  ['guanxian-2023-15-t9', 'lezhi-2023-15-t9', '逾期账款 / 就业'],
];
