/**
 * The topic classifier and its registry (content/registry/topics.yaml), checked against the
 * codebook's topic table and against real tasks of the five source notices.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyTopics } from '../../../src/lib/normalize/topics.ts';
import { topicSchema, type Topic } from '../../../src/schemas/topic.ts';

const REGISTRY_FILE = 'content/registry/topics.yaml';
const CODEBOOK_FILE = 'docs/codebook.md';
const SOURCES_DIR = 'content/sources';

// The real registry, read the way the site reads it: a YAML list validated entry by entry.
const topics: Topic[] = z.array(topicSchema).parse(parse(readFileSync(REGISTRY_FILE, 'utf8')));

/** The rows of the codebook's "## Topics" table: id, Chinese name, English name. */
function codebookTopics(): { id: string; name: string; en: string }[] {
  const md = readFileSync(CODEBOOK_FILE, 'utf8');
  const start = md.indexOf('## Topics');
  const end = md.indexOf('\n## ', start + 1);
  const table = md.slice(start, end === -1 ? undefined : end);
  return [...table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => ({ id: m[1]!, name: m[2]!, en: m[3]! }));
}

const sourceFiles = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).sort();

/** The source of a bundled notice, named after the notice (content/sources/<id>.txt). */
function sourceText(id: string): string {
  const file = `${id}.txt`;
  if (!sourceFiles.includes(file)) throw new Error(`no source file ${file} in ${SOURCES_DIR}`);
  return readFileSync(`${SOURCES_DIR}/${file}`, 'utf8');
}

const classify = (text: string, section: string | null = null, subsection: string | null = null) =>
  classifyTopics({ text, section, subsection }, topics);

/** Shortens a requirement for a test name. */
const short = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

interface SourceCase {
  /** The source notice (its notice id, the name of its source file). */
  source: string;
  section: string | null;
  subsection: string | null;
  /** The requirement text as printed in the source (line breaks inside a cell removed). */
  text: string;
  /** Why this case is here, when it tests a rule about passing mentions or headings. */
  note?: string;
  topics: string[];
}

/**
 * Real tasks, texts copied from content/sources (half-width punctuation and straight quotes kept
 * where the notice prints them), headings as the importer reads them, and the topics a reader
 * would give them.
 */
const cases: SourceCase[] = [
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕促进经济发展量质齐升强化公开',
    text: '及时发布解读推动绿色低碳高质量发展相关政策措施。',
    topics: ['economy'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（一）立足实施重大战略推进政务公开',
    text: '主动公开本地区“十四五”规划和专项规划、空间规划、区域规划等，做好本地历史规划（计划）的归集整理和主动公开工作。',
    topics: ['economy'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进工业、农业、服务业等产业领域信息公开',
    text: '围绕实施“工业强县”战略，推动产业质效得到新提升，主动公开推进新型工业化、现化服务业、农业现代化等方面的政策及进展情况',
    topics: ['economy'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕激发市场主体活力强化公开',
    text: '深入落实逾期未支付中小企业账款强制披露制度，严格按照规定时限公开上年度逾期尚未支付中小企业款项的合同数量、金额等信息。',
    topics: ['business-environment'] },
  { source: 'lijin-2016-27', section: '一、加强管理服务公开，助力深化改革', subsection: '（一）进一步规范权力清单和责任清单公开',
    text: '落实《山东省行政权力清单动态管理办法》，规范县政府部门行政审批事项目录、权力清单和责任清单公开管理工作，并根据动态调整情况及时做好信息更新，逐步推进行政权力事项在政务服务平台运行和公示。',
    topics: ['business-environment'] },
  { source: 'lijin-2016-27', section: '二、加强政策执行公开，服务经济社会发展', subsection: '（四）推进减税降费信息公开',
    text: '实行收费目录清单管理，公布行政事业性收费、政府性基金以及实施政府定价或指导价的经营服务性收费目录清单，明确项目名称、设立依据、标准等，公开对清单之外乱收费、乱摊派等行为的查处结果。具体执收单位要在收费场所公示收费文件依据、主体、项目、范围、标准、对象等，主动接受社会监督。',
    topics: ['business-environment'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕促进经济发展量质齐升强化公开',
    text: '聚焦扩大有效投资，依法依规做好重大建设项目信息公开。',
    topics: ['major-projects'] },
  { source: 'lijin-2016-27', section: '二、加强政策执行公开，服务经济社会发展', subsection: '（二）推进政府投资的重大建设项目信息公开',
    text: '推动政府和社会资本合作项目(PPP)的信息公开，重点公开政府和社会资本参与方式、项目合同和回报机制、项目实施情况等内容，并逐步推动PPP项目信息内容全面规范公开。',
    topics: ['major-projects'] },
  { source: 'lijin-2016-27', section: '二、加强政策执行公开，服务经济社会发展', subsection: '（三）推进公共资源配置领域信息公开',
    text: '加快推进市公共资源交易平台整合，根据省市部署，逐步实现各级公共资源交易平台的互联互通，实现公共资源配置全流程公开和信息资源共享。',
    topics: ['major-projects'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进政府自身建设信息公开',
    text: '加强财政预决算信息公开，规范预决算公开参考样表',
    topics: ['fiscal'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进政府自身建设信息公开',
    text: '凡审计机关对外公告或披露的问题，相关被审计单位要全面公开整改结果',
    topics: ['fiscal'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（二）着眼畅通经济循环推进政务公开',
    text: '稳步扩大预决算公开范围，推进部门所属单位预算、决算及相关报表公开。持续深化地方政府债务信息公开。',
    topics: ['fiscal'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（二）着眼畅通经济循环推进政务公开',
    text: '加大惠民惠农政策和资金发放信息公开力度，推动补贴信息公开向农村和社区延伸。',
    topics: ['fiscal'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕解决群众急难愁盼问题强化公开',
    text: '针对就业困难人员、高校毕业生、贫困劳动力、失业人员、退役军人等重点群体，做好职业技能培训、城乡公益性岗位、就业创业补贴、灵活就业支持政策等信息公开。',
    note: '职业技能培训 is employment, not training of openness staff',
    topics: ['employment'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（四）聚力保民生保安全推进政务公开',
    text: '及时公开促进就业创业的政策和措施，加大高校毕业生、退役军人、困难人员等就业信息公开力度。',
    topics: ['employment'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕解决群众急难愁盼问题强化公开',
    text: '推进义务教育“双减”信息公开，加大适龄儿童入学政策的宣传和解读力度。加强民办教育学校和校外培训机构的监管，落实收费公示和公开承诺制度，推进办学资质等信息集中公开。',
    topics: ['education'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（六）推进教育、卫生和食品药品安全信息公开',
    text: '及时公开教育督导报告、义务教育均衡发展督导评估反馈意见、全面改善贫困地区义务教育薄弱学校基本办学条件工作进展和实施成效等信息。推进义务教育划片工作程序、内容、结果，随迁子女入学办法、入学流程、证件要求和办理方式公开，接受社会监督。所有高校建立信息公开专栏，分类管理和规范高校招生和财务信息公开工作，每年发布信息公开年度报告。',
    topics: ['education'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（四）聚力保民生保安全推进政务公开',
    text: '持续做好学前教育行动计划、义务教育入学等信息公开。',
    topics: ['education'] },
  { source: 'shanghe-2023-2', section: '一、围绕重点领域做好高质量政务公开', subsection: '（三）聚焦保障改善民生强化政府信息公开',
    text: '做好社会救助信息公开,加强低保、特困、临时救助等政策推送,公布9类困难群众救助标准,完善动态调整机制。',
    topics: ['social-security'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（一）推进扶贫工作信息公开',
    text: '围绕实施精准扶贫、精准脱贫，加大扶贫政策、扶贫成效、贫困退出、扶贫资金、项目安排等信息公开力度。要逐步公开年度减贫责任书、建档立卡贫困对象脱贫计划、行业帮扶方案、精准扶贫措施和重点扶贫工作落实情况。落实贫困地区扶贫公告公示制度，确保扶贫对象看得到、看得懂、能监督。指导督促相关社会组织全面及时公开扶贫捐赠信息，提高社会扶贫公信力和美誉度。',
    topics: ['social-security'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（二）推进社会救助信息公开',
    text: '细化公开内容，创新公开方式，进一步增强城乡低保、特困人员救助供养、医疗救助、临时救助等信息公开的针对性和有效性，提高公开信息的到达率。低保和特困人员救助方面，重点公开城乡低保对象人数、特困人员人数、低保标准、补助水平、资金支出等情况；医疗救助方面，重点公开救助对象的人次数、资金支出等情况；临时救助方面，重点公开救助对象的户次数、救助水平、资金支出等情况。做好减灾救灾信息公开，定期发布全县核定灾情、救灾工作进展、救灾资金物资调拨使用情况。',
    topics: ['social-security'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕解决群众急难愁盼问题强化公开',
    text: '做好安居工程信息公开，加强保障性住房政策文件解读。',
    topics: ['housing'] },
  { source: 'lijin-2016-27', section: '一、加强管理服务公开，助力深化改革', subsection: '（三）推进政务服务公开',
    text: '推进面向转移落户人员的服务公开，及时公开户口迁移政策，明确户口迁移程序和具体要求；公开居住证申领条件及程序、居住证持有人享有的基本公共服务和便利等信息。',
    topics: ['housing'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（四）推进棚户区改造、农村危房改造和保障性住房信息公开',
    text: '做好棚户区改造政策及相关任务完成情况信息公开工作，主动发布和准确解读政策措施，积极引导棚户区居民参与改造，为棚改工作营造良好社会氛围。强化农村危房改造政策、对象认定过程、补助资金分配、改造结果公开，提高工作的精准化水平。深入推进保障性住房分配和退出信息公开，定期公开住房公积金年度报告。',
    topics: ['housing'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进民生保障信息公开',
    text: '围绕优化医疗资源分布，加强传染病和重大疫情救治体系建设等主动公开信息',
    topics: ['health'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（五）突出疫情防控推进政务公开',
    text: '准确把握常态化新冠肺炎疫情防控的阶段性特征，重点围绕散发疫情、隔离管控、精准防控、冷链运输、流调溯源、疫苗使用、假期人员流动等发布权威信息。提高疫情防控信息发布规范化水平，发布社会关注的重大政策、内容敏感的重要信息前，强化政府系统内部信息整合，统一步调对外发声。做好国家和省、市重大健康行动方案的信息公开，大力开展健康科普宣传。',
    topics: ['health'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕促进经济发展量质齐升强化公开',
    text: '加强改善生态环境质量信息公开。',
    note: 'an environment task under an economy subsection: the heading does not add economy',
    topics: ['environment'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（五）推进环境保护信息公开',
    text: '推动集中式生活饮用水水源水质监测信息公开。自2016年起每季度应向社会公开饮用水水源、供水厂出水、用户水龙头水质等饮水安全状况。',
    topics: ['environment'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（五）推进环境保护信息公开',
    text: '深入推进全县污染源环境信息公开。推进重点排污单位依法向社会公开其产生的主要污染物名称、排放方式、排放浓度和总量、超标排放情况，以及污染防治设施的建设和运行情况。督导检查建设单位公开环评信息。',
    topics: ['environment'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进民生保障信息公开',
    text: '规范公开突发共事件预警信息',
    topics: ['safety'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（四）聚力保民生保安全推进政务公开',
    text: '加强安全生产信息公开，加大事故查处和责任追究信息公开力度。',
    topics: ['safety'] },
  { source: 'lijin-2016-27', section: '三、加强民生领域公开，强民生、解民忧', subsection: '（六）推进教育、卫生和食品药品安全信息公开',
    text: '做好食品药品监管信息、抽检抽验信息的公开工作，及时发布处罚信息、消费警示信息和产生重大影响的典型案例信息，积极回应社会关切。',
    note: '回应社会关切 closing a food-safety task names a purpose, not the topic',
    topics: ['safety'] },
  { source: 'guanxian-2023-15', section: '推进政务公开规范化标准化建设', subsection: '深化公共企事业单位信息公开',
    text: '在各公共企事业单位建立联络员制度，根据《公共企事业单位常态化更新任务清单》，及时对线上公共企事业单位更新内容监督指导。',
    topics: ['public-institutions'] },
  { source: 'shanghe-2023-2', section: '四、围绕严格规范标准做好精准化政务公开', subsection: '（五）提升公共企事业单位信息公开规范化水平',
    text: '要聚焦教育、卫生健康、供水、供电、供气、供热、生态环境、公共交通等重点领域,立足我县实际,扎实规范推动公共企事业单位信息公开。相关行业主管部门要完善公开领域目录,依法及时公开相关信息。',
    note: 'the list 教育、卫生健康、供水… names the sectors of public institutions',
    topics: ['public-institutions'] },
  { source: 'guanxian-2023-15', section: '推进政务公开规范化标准化建设', subsection: '深化公共企事业单位信息公开',
    text: '及时根据教育、卫生健康、供水、供气、供热、供电、公共交通等领域省级主管部门要求更新公开目录，增强科学性和便利性。',
    note: 'the text only lists sectors (a passing enumeration): the subsection decides',
    topics: ['public-institutions'] },
  { source: 'guanxian-2023-15', section: '推进更高水平决策公开', subsection: '深入推动重大行政决策全过程公众参与',
    text: '2023年邀请公众代表列席政府常务会议不少于10次，列席代表的意见发表和采纳情况要向社会公开。',
    topics: ['decision-making'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进政府自身建设信息公开',
    text: '主动公开人大代表建议和政协委员提案办理结果',
    topics: ['decision-making'] },
  { source: 'shanghe-2023-2', section: '二、围绕行政决策做好常态化政务公开', subsection: '（一）扎实做好重大行政决策事项目录管理',
    text: '按照"应入尽入"的原则,制定本级年度重大行政决策事项目录,及时向社会主动公开发布。',
    topics: ['decision-making'] },
  { source: 'yanzhou-2021-20', section: '三、强化公众参与推动高水平决策公开', subsection: '（十二）扎实搞好政民互动',
    text: '对优化营商环境、征地拆迁、教育医疗、安全生产等社会关注度高的工作，鼓励借助5G、云直播、视频直播、VR等新技术开展线上系列主题活动，引导利益相关方和公众代表参与工作监督和评价。',
    note: '营商环境、征地拆迁、教育医疗… are the fields of public concern, not the topic',
    topics: ['decision-making'] },
  { source: 'guanxian-2023-15', section: '加强政策发布解读信息公开', subsection: '推进政策精细化高质量解读',
    text: '严格解读程序，政策文件不解读不运转、解读材料不达标不运转。',
    topics: ['policy-interpretation'] },
  { source: 'lezhi-2023-15', section: '二、强化政务公开转型提质', subsection: '提升政策解读实效',
    text: '各级行政机关主要负责人作为“第一解读人”，要履行好政策解读职责；解读材料要与政策性文件同步审签、同步发布',
    topics: ['policy-interpretation'] },
  { source: 'shanghe-2023-2', section: '三、围绕政策解读做好便民化政务公开', subsection: '（二）稳步提升政策解读质量',
    text: '严格解读程序,认真落实政策解读"三同步"工作机制,切实将政策解读作为文件审签的重要一环。',
    topics: ['policy-interpretation'] },
  { source: 'yanzhou-2021-20', section: '二、加强和改进政策发布解读回应', subsection: '（七）持续加强重大政策发布解读',
    text: '以推动新旧动能转换、服务和改善民生、招商引资、重大基础设施建设、重大科技创新等领域为重点，及时发布权威信息，精心解读相关政策措施，促进各项政策落地见效。严格落实政策解读“三同步”制度，行政规范性文件、重要政策文件、有关工作年度报告等，均应进行解读。扩大政策解读传播面，对于重要政策文件及解读材料，要协调主要新闻媒体、重点网站和新媒体平台转发转载，提高政策到达率和知晓度。',
    note: '新旧动能转换、招商引资、重大基础设施建设…等领域 are the fields interpreted',
    topics: ['policy-interpretation'] },
  { source: 'guanxian-2023-15', section: '加强政策发布解读信息公开', subsection: '持续深化舆情回应',
    text: '协同宣传、网信等部门，加强政务舆情监测和研判，对涉及本地、本部门的政务舆情热点第一时间发现、办理、回应。',
    topics: ['public-response'] },
  { source: 'lijin-2016-27', section: '六、加强制度和能力建设，增强政务公开实效', subsection: '（二）提高政务公开工作信息化集中化水平',
    text: '加强民生热线电话管理。完善县级政府热线服务功能,增强服务效果。',
    topics: ['public-response'] },
  { source: 'lijin-2016-27', section: '六、加强制度和能力建设，增强政务公开实效', subsection: '（二）提高政务公开工作信息化集中化水平',
    text: '鼓励各乡镇街道和县政府部门单位开展政府开放日、网络问政等主题活动,增进与公众的互动交流。',
    topics: ['public-response'] },
  { source: 'yanzhou-2021-20', section: '二、加强和改进政策发布解读回应', subsection: '（九）积极回应社会关切',
    text: '密切关注涉及疫情防控、经济金融、工资拖欠、生态环境污染、食药安全、教育医疗、养老、安全生产、市场监管、房地产市场、困难群众生活等方面的舆情，及时作出回应。',
    note: 'the fields of the 舆情 watched are a passing enumeration',
    topics: ['public-response'] },
  { source: 'lezhi-2023-15', section: '二、强化政务公开转型提质', subsection: '提升群众关切回应实效',
    text: '推动走好网上群众路线为民服务办实事由“办不办”向“好不好”转变，扎实高效解决群众“急难愁盼”问题',
    note: 'the text names no topic: the subsection 提升群众关切回应实效 decides',
    topics: ['public-response'] },
  { source: 'guanxian-2023-15', section: '推进政务公开规范化标准化建设', subsection: '依法依规做好政府信息依申请公开答复工作',
    text: '加强与申请人的沟通，提高答复的及时性和准确性。',
    topics: ['on-request'] },
  { source: 'guanxian-2023-15', section: '推进政务公开规范化标准化建设', subsection: '依法依规做好政府信息依申请公开答复工作',
    text: '妥善处理涉及政府信息公开申请的投诉举报。',
    topics: ['on-request'] },
  { source: 'yanzhou-2021-20', section: '四、全面提升基层政务公开标准化规范化水平', subsection: '（十四）提高依申请公开工作质量',
    text: '行政复议机关要加强与市政府有关部门对接，规范政府信息公开行政复议案件审理标准。',
    topics: ['on-request'] },
  { source: 'yanzhou-2021-20', section: '四、全面提升基层政务公开标准化规范化水平', subsection: '（十四）提高依申请公开工作质量',
    text: '完善依申请公开定期分析机制，梳理总结群众关注的征地拆迁、就业就学、社会保障等方面的热点难点，积极推动向主动公开转化。',
    note: '征地拆迁、就业就学、社会保障 are the subjects of requests, not topics of the task',
    topics: ['on-request'] },
  { source: 'guanxian-2023-15', section: '加强政策发布解读信息公开', subsection: '深化政策集中统一公开',
    text: '持续规范政府信息公开专栏建设，确保法定主动公开内容规范发布。加强主动公开基本目录动态管理。',
    topics: ['document-disclosure'] },
  { source: 'lezhi-2023-15', section: '二、强化政务公开转型提质', subsection: '优化政府信息公开专栏',
    text: '及时公布规范性文件清理目录，9月底前实现现行有效行政规范性文件统一查询，未公开的不得作为行政管理依据',
    topics: ['document-disclosure'] },
  { source: 'lijin-2016-27', section: '六、加强制度和能力建设，增强政务公开实效', subsection: '（一）提高政务公开工作制度化标准化水平',
    text: '年内完成2012年1月1日以前制定实施的规章和部门规范性文件清理结果公开工作。',
    topics: ['document-disclosure'] },
  { source: 'shanghe-2023-2', section: '四、围绕严格规范标准做好精准化政务公开', subsection: '（一）提升政务公开数字化管理水平',
    text: '完善政府公报数据库,并与政务类移动端融合发展,提升"掌上公报"影响力。',
    topics: ['document-disclosure'] },
  { source: 'yanzhou-2021-20', section: '四、全面提升基层政务公开标准化规范化水平', subsection: '（十三）严格政府信息管理',
    text: '严格落实公文公开属性源头认定机制，区政府各部门、单位报请区政府或区政府办公室发文的，须明确标识主动公开、依申请公开、不予公开属性，并同步报送政策解读稿件。',
    note: '依申请公开、不予公开 as a disclosure attribute is not on-request work',
    topics: ['policy-interpretation', 'document-disclosure'] },
  { source: 'lezhi-2023-15', section: '四、强化公开平台载体建设管理', subsection: '加强政府网站信息化',
    text: '加快适老化与无障碍改造，2023年底前实现一级标准率达到100%。',
    topics: ['platforms'] },
  { source: 'shanghe-2023-2', section: '四、围绕严格规范标准做好精准化政务公开', subsection: '（二）提升政府门户网站和政务新媒体运行维护水平',
    text: '严格落实政府门户网站和政务新媒体"三审三校"制度,重要信息需经初审、复审、审发等流程,多人审看、专人把关,确保表述规范、逻辑合理、内容准确,有效杜绝错别字、错敏词等错误,切实维护政府门户网站和政务新媒体发布内容的权威性和严肃性。',
    topics: ['platforms'] },
  { source: 'yanzhou-2021-20', section: '四、全面提升基层政务公开标准化规范化水平', subsection: '（十五）加强政务公开平台建设',
    text: '2021年年底前，确保区政府门户网站支持互联网协议第6版。',
    topics: ['platforms'] },
  { source: 'guanxian-2023-15', section: '深化建立政务公开管理保障体系', subsection: '大力提升政务公开平台建管水平',
    text: '完善政务新媒体开设、变更、注销等全流程管理制度，推动政务新媒体健康有序发展。实现政府网站与政务新媒体信息同步发布、办事服务同质同效。',
    note: '健康有序发展 of new media is not health',
    topics: ['platforms'] },
  { source: 'guanxian-2023-15', section: '扎实推进基层政务公开', subsection: null,
    text: '持续优化完善各领域事项标准目录。',
    topics: ['grassroots'] },
  { source: 'lezhi-2023-15', section: '三、深化基层政务公开促进基层政府治理能力提升', subsection: '完成基层政务公开标准化规范化任务',
    text: '按照国家有关部委印发的基层政务公开标准指引，于2023年8月底前对照政务公开事项标准目录在县级政府门户网站完善本地区公开内容，建设基层政务公开专栏，杜绝事项目录与公开内容“两张皮”问题',
    topics: ['grassroots'] },
  { source: 'guanxian-2023-15', section: '扎实推进基层政务公开', subsection: null,
    text: '进一步丰富基层政务公开形式，对土地征收、旧区改造、义务教育入学、就诊就医、养老服务、村务居务、区域环境数据等面向特定区域和人群的公开事项，综合利用冠县人民政府网站、村（居）民微信群、农村（社区）公开栏及广播等媒介，实行定点、定向公开，便于群众获取。',
    note: 'the list of fields disclosed at grassroots level is a passing enumeration',
    topics: ['grassroots'] },
  { source: 'guanxian-2023-15', section: '深化建立政务公开管理保障体系', subsection: '强化人员制度保障措施',
    text: '根据人员变动情况及时调整完善政务公开领导小组。',
    topics: ['organization'] },
  { source: 'guanxian-2023-15', section: '深化建立政务公开管理保障体系', subsection: '开展全方位政务公开培训',
    text: '各级、各部门每年至少组织1次政务公开专题培训，提高领导干部公开意识和水平。',
    topics: ['organization'] },
  { source: 'guanxian-2023-15', section: '深化建立政务公开管理保障体系', subsection: '强化政务公开工作任务落实',
    text: '对上一年度工作要点落实情况开展回头看，重点针对有明确责任主体和时限要求的工作任务，逐项核查落实情况，未完成的要及时整改到位。',
    topics: ['organization'] },
  { source: 'yanzhou-2021-20', section: '五、严格政务公开工作保障和落实', subsection: '（十七）进一步健全工作协调机制',
    text: '加强政务公开工作经费保障，要在年度预算中统筹考虑，确保政策解读、第三方评估、公开专栏建设等工作顺利开展。',
    note: '在年度预算中统筹考虑 funds openness work: not fiscal',
    topics: ['organization'] },
  { source: 'guanxian-2023-15', section: '推进政务公开规范化标准化建设', subsection: '依法依规做好政府信息依申请公开答复工作',
    text: '进一步缓解征地拆迁领域政府信息依申请公开压力，严格履行征地程序，根据项目进度，及时细化公开已批准的土地征收项目信息。',
    topics: ['housing', 'on-request'] },
  { source: 'guanxian-2023-15', section: '推进政务公开规范化标准化建设', subsection: '依法依规做好政府信息依申请公开答复工作',
    text: '做好依申请公开工作，加强历史公文公开属性转化工作，定期对公开属性为依申请公开或不予公开的公文进行审查，符合条件的转为主动公开。',
    topics: ['on-request', 'document-disclosure'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（四）聚力保民生保安全推进政务公开',
    text: '深化社会保障、社会救助和养老医疗服务信息公开。',
    topics: ['social-security', 'health'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进战略引领，县域发展实现新突破信息公开',
    text: '围绕以成渝地区双城经济圈建设为总牵引，主动公开重大项目、重大平台、重大改革等信息',
    topics: ['economy', 'major-projects'] },
  { source: 'guanxian-2023-15', section: '推进绿色低碳高质量发展信息公开', subsection: '围绕激发市场主体活力强化公开',
    text: '推进经济开发区改革、预算管理改革、优化营商环境、招商引资、对外开放等方面信息公开。',
    note: 'a list of five fields: the subsection 围绕激发市场主体活力强化公开 decides',
    topics: ['business-environment'] },
  { source: 'lezhi-2023-15', section: '二、强化政务公开转型提质', subsection: '优化政府信息公开专栏',
    text: '健全专栏内容保障定期检查机制，重点检查乡村振兴、教育、医疗、社会保险、就业等方面政策及实施的公开情况',
    note: 'checking the column for 乡村振兴、教育、医疗…: the subsection decides',
    topics: ['document-disclosure'] },
  { source: 'lezhi-2023-15', section: '三、深化基层政务公开促进基层政府治理能力提升', subsection: '完成基层政务公开标准化规范化任务',
    text: '持续做好重大项目、助企纾困、食品药品监管、稳岗就业、养老服务、义务教育、涉农补贴、公共文化服务、社会救助等16个重点领域信息公开',
    note: '16 key fields of grassroots disclosure: the subsection decides',
    topics: ['grassroots'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进民生保障信息公开',
    text: '主动公开社会保险、住房、交通、公共事业等服务信息',
    note: 'neither the rest of the text nor the subsection names a topic: the enumeration counts',
    topics: ['social-security', 'housing', 'public-institutions'] },
  { source: 'shanghe-2023-2', section: '四、围绕严格规范标准做好精准化政务公开', subsection: '（五）提升公共企事业单位信息公开规范化水平',
    text: '强化线下服务,积极搭建公开渠道,及时回应社会关切,满足服务对象以及社会公众的个性化信息需求。',
    note: '回应社会关切 does not head the text: the subsection decides',
    topics: ['public-institutions'] },
  { source: 'shanghe-2023-2', section: '三、围绕政策解读做好便民化政务公开', subsection: '（四）认真开展政府开放活动',
    text: '各级各部门单位要结合年度重点工作、重大工程,聚焦营商环境、民生保障、公正监管、公共安全等公众广泛关注的领域,设置答疑、座谈会或问卷调查等环节,安排相关领导干部、熟悉业务的工作人员现场解答疑问,听取对政府工作的意见建议,并将吸收采纳情况向社会公开。',
    note: 'fields of public concern are context; the subsection 认真开展政府开放活动 decides',
    topics: ['public-response'] },
  { source: 'lezhi-2023-15', section: '一、深化主动公开', subsection: '着力推进民生保障信息公开',
    text: '围绕城乡居民就业增收，主动公开推进高校毕业生、农民工、退役军人、就业困难人员等群体的支持政策方面信息',
    note: '高校毕业生 is employment, not education',
    topics: ['employment'] },
  { source: 'shanghe-2023-2', section: '一、围绕重点领域做好高质量政务公开', subsection: '（二）聚焦激发市场主体活力强化政府信息公开',
    text: '按要求公开国有企业创新驱动高质量发展"十条政策"落实情况和取得成效。',
    note: '国有企业创新驱动高质量发展 is SOE reform, not a development policy',
    topics: ['business-environment'] },
  { source: 'yanzhou-2021-20', section: '一、深化重点领域政府信息公开', subsection: '（六）全面推进公共企事业单位信息公开',
    text: '认真贯彻落实《公共企事业单位信息公开规定制定办法》，对照国务院有关部委出台的公共企事业单位信息公开规定，及时制定落实措施，重点公开与人民群众日常生产生活密切相关、对营商环境影响较大、直接关系服务对象切身利益、事关生产安全和消费者人身财产安全、社会舆论关注度高、反映问题较多的重要信息。要抓紧建立申诉工作制度，明确处理期限和流程，依法依规及时处理。',
    note: '对营商环境影响较大 is a criterion, not the topic',
    topics: ['public-institutions'] },
];

describe('topics registry', () => {
  it('lists every codebook topic id exactly once', () => {
    const codebook = codebookTopics();
    expect(codebook.length).toBe(20);
    const ids = topics.map((t) => t.id);
    for (const { id } of codebook) expect(ids.filter((x) => x === id), id).toHaveLength(1);
  });

  it('adds no topic id the codebook does not list', () => {
    const codebook = new Set(codebookTopics().map((t) => t.id));
    expect(topics.map((t) => t.id).filter((id) => !codebook.has(id))).toEqual([]);
  });

  it('keeps the codebook order, so that classified topics come in the codebook order', () => {
    expect(topics.map((t) => t.id)).toEqual(codebookTopics().map((t) => t.id));
  });

  it('carries the codebook Chinese and English names of every topic', () => {
    const byId = new Map(topics.map((t) => [t.id, t]));
    for (const c of codebookTopics()) {
      expect(byId.get(c.id)?.name, c.id).toBe(c.name);
      expect(byId.get(c.id)?.en, c.id).toBe(c.en);
    }
  });

  it('gives every topic at least one rule, and every pattern compiles as a JavaScript regular expression and says in words what it matches', () => {
    for (const t of topics) {
      expect(t.keywords.length + t.patterns.length, t.id).toBeGreaterThan(0);
      for (const p of t.patterns) {
        expect(() => new RegExp(p.pattern, 'g'), `${t.id}: ${p.pattern}`).not.toThrow();
        // The words read after 任务原文 (任务原文含“重大决策”…), in Chinese, with no regular expression left in them.
        expect(p.words, p.pattern).toMatch(/^(?:含|以)“/);
        expect(p.words, p.pattern).not.toMatch(/[()?:!^$|\\[\]{}*+]|[A-Za-z]/);
      }
    }
  });

  it('describes every topic in Chinese for the pages, and keeps the English for the codebook', () => {
    for (const t of topics) {
      expect(t.description, t.id).toMatch(/^[^A-Za-z]*(?:IPv6[^A-Za-z]*)?$/);
      expect(t.descriptionEn, t.id).toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    }
  });
});

describe('classifyTopics on real tasks of the five source notices', () => {
  it('uses test texts copied verbatim from the source notices', () => {
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    for (const c of cases) expect(squeeze(sourceText(c.source)).includes(squeeze(c.text)), short(c.text)).toBe(true);
  });

  it('has at least 40 real tasks that together cover every topic', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(cases.flatMap((c) => c.topics));
    expect(topics.map((t) => t.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of cases) {
    it(`classifyTopics assigns ${c.topics.join(' + ')} to “${short(c.text)}” (${c.source})${c.note ? `: ${c.note}` : ''}`, () => {
      expect(classifyTopics(c, topics).topics).toEqual(c.topics);
    });
  }

  it('classifyTopics gives every task of the five source notices at least one topic', async () => {
    // The importer's table readers give the tasks exactly as a content file holds them. Imported
    // here, not at the top, so that a change in the importer fails this test alone.
    const { decodeSource } = await import('../../../src/lib/import/decode.ts');
    const { chooseReader } = await import('../../../src/lib/import/readers/index.ts');
    const { tableToDrafts } = await import('../../../src/lib/import/rows.ts');
    const { splitUnits } = await import('../../../src/lib/normalize/units.ts');
    const unclassified: string[] = [];
    let count = 0;
    for (const file of sourceFiles) {
      const decoded = decodeSource(readFileSync(`${SOURCES_DIR}/${file}`), file);
      const lines = decoded.text.split('\n').map((text, i) => ({ n: i + 1, text }));
      const reader = chooseReader(lines);
      expect(reader, file).not.toBeNull();
      const table = reader!.reader.read(lines);
      const { drafts } = tableToDrafts(table, {
        splitUnits,
        isKnownUnit: () => true,
        isDeadline: () => true,
        bodyLines: lines.filter((l) => l.n < table.firstLine),
      });
      for (const d of drafts) {
        count++;
        if (classifyTopics(d, topics).topics.length === 0) unclassified.push(`${file}: ${short(d.text)}`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(200);
    expect(unclassified).toEqual([]);
  });
});

describe('classifyTopics explains what it assigns', () => {
  it('classifyTopics names the rule and the field of each assignment', () => {
    const r = classify('加强财政预决算信息公开，规范预决算公开参考样表');
    expect(r.topics).toEqual(['fiscal']);
    expect(r.matches).toContainEqual({ topic: 'fiscal', rule: 'keyword:预决算', field: 'text' });
  });

  it('classifyTopics explains every topic it assigns and no other, with rules that exist in the registry', () => {
    const rules = new Map(topics.map((t) => [t.id, new Set([...t.keywords.map((k) => `keyword:${k}`), ...t.patterns.map((p) => `pattern:${p.pattern}`)])]));
    for (const c of cases) {
      const r = classifyTopics(c, topics);
      expect(new Set(r.matches.map((m) => m.topic)), short(c.text)).toEqual(new Set(r.topics));
      for (const m of r.matches) expect(rules.get(m.topic)?.has(m.rule), `${m.topic} ${m.rule}`).toBe(true);
      expect(new Set(r.matches.map((m) => `${m.topic} ${m.rule} ${m.field}`)).size, 'each match listed once').toBe(r.matches.length);
    }
  });

  it('classifyTopics returns topics in registry order without duplicates, whatever the order in the text', () => {
    const r = classify('做好依申请公开工作，及时细化公开已批准的土地征收项目信息，依申请公开答复要准确。');
    expect(r.topics).toEqual(['housing', 'on-request']);
  });

  it('classifyTopics returns no topic and no match when nothing matches', () => {
    expect(classify('持续做好相关工作。', '深化建立政务公开管理保障体系', '强化人员制度保障措施')).toEqual({ topics: [], matches: [] });
  });

  it('classifyTopics reads a text with line breaks and half-width punctuation as the printed phrase', () => {
    expect(classify('完善政务\n新媒体开设、变更、注销等全流程管理制度').topics).toEqual(['platforms']);
    // A list without 等 runs to the end of its clause; a half-width comma ends the clause as a full-width one does,
    // so 舆情 after it is the task's own topic, not one more item of the list.
    for (const comma of ['，', ',']) {
      expect(classify(`主动公开教育、医疗、社会保险方面的政策${comma}加强政务舆情监测`).topics, comma).toEqual(['public-response']);
    }
  });

  it('classifyTopics names the topic and the pattern when a registry pattern is not a valid regular expression', () => {
    const broken: Topic = { id: 'broken', name: '坏', en: 'Broken', description: '坏', descriptionEn: 'Broken', keywords: [], patterns: [{ pattern: '(预算', words: '含“预算”' }] };
    expect(() => classifyTopics({ text: '预算', section: null, subsection: null }, [broken])).toThrow(/topic "broken": pattern "\(预算"/);
  });
});

describe('classifyTopics and headings', () => {
  const economyHeading = '围绕促进经济发展量质齐升强化公开';

  it('classifyTopics ignores the subsection heading when the text names a topic', () => {
    const r = classify('加强改善生态环境质量信息公开。', '推进绿色低碳高质量发展信息公开', economyHeading);
    expect(r.topics).toEqual(['environment']);
    expect(r.matches.every((m) => m.field === 'text')).toBe(true);
  });

  it('classifyTopics takes the subsection heading when the text names no topic', () => {
    const r = classify('推动走好网上群众路线为民服务办实事由“办不办”向“好不好”转变，扎实高效解决群众“急难愁盼”问题', '一、深化主动公开', '提升群众关切回应实效');
    expect(r).toEqual({ topics: ['public-response'], matches: [{ topic: 'public-response', rule: 'keyword:群众关切', field: 'subsection' }] });
  });

  it('classifyTopics takes the section heading only when neither the text nor the subsection names a topic', () => {
    expect(classify('持续做好相关工作。', '扎实推进基层政务公开', null)).toEqual({
      topics: ['grassroots'],
      matches: [{ topic: 'grassroots', rule: 'keyword:基层政务公开', field: 'section' }],
    });
    expect(classify('持续做好相关工作。', '扎实推进基层政务公开', '依法规范依申请公开工作').topics).toEqual(['on-request']);
  });

  it('classifyTopics prefers the subsection heading over a passing enumeration of the text', () => {
    const text = '及时根据教育、卫生健康、供水、供气、供热、供电、公共交通等领域省级主管部门要求更新公开目录，增强科学性和便利性。';
    expect(classify(text, '推进政务公开规范化标准化建设', '深化公共企事业单位信息公开').topics).toEqual(['public-institutions']);
  });

  it('classifyTopics falls back to a passing enumeration before the section heading', () => {
    const text = '主动公开社会保险、住房、交通、公共事业等服务信息';
    const r = classify(text, '扎实推进基层政务公开', '着力推进民生保障信息公开');
    expect(r.topics).toEqual(['social-security', 'housing', 'public-institutions']);
    expect(r.matches.every((m) => m.field === 'text')).toBe(true);
  });

  it('classifyTopics assigns public-response to a heading that starts with 回应社会关切', () => {
    expect(classify('持续做好相关工作。', '二、加强和改进政策发布解读回应', '（九）积极回应社会关切').topics).toEqual(['public-response']);
  });
});

describe('classifyTopics does not assign a topic for a word in passing', () => {
  it('classifyTopics does not read 县财政局 named in the text as fiscal', () => {
    expect(classify('县财政局牵头，组织各部门开展政务公开专题培训。').topics).toEqual(['organization']);
  });

  it('classifyTopics reads no topic into unit names printed in the text', () => {
    expect(classify('县住房和城乡建设局、市生态环境局冠县分局、县教育和体育局、县卫生健康局、县应急管理局按职责负责。').topics).toEqual([]);
  });

  it('classifyTopics puts 双减 and 教育督导 under education, but not 宣传教育', () => {
    expect(classify('严格落实“双减”政策').topics).toEqual(['education']);
    expect(classify('及时公开教育督导报告').topics).toEqual(['education']);
    expect(classify('加强政务公开宣传教育，营造良好的公开氛围。').topics).toEqual(['organization']);
  });

  it('classifyTopics does not read 高校毕业生 as education', () => {
    expect(classify('加大高校毕业生、退役军人、困难人员等就业信息公开力度。').topics).toEqual(['employment']);
  });

  it('classifyTopics does not read 职业技能培训 as training of openness staff', () => {
    expect(classify('公开职业技能培训、城乡公益性岗位等信息').topics).toEqual(['employment']);
  });

  it('classifyTopics does not read a list of channels as the topics of a consultation task', () => {
    const text = '决策事项向社会公开征求意见的，要综合选用政府网站、政务新媒体、新闻发布会、政府信息查阅场所，以及报刊、广播、电视等便于社会公众知晓的途径。';
    expect(classify(text).topics).toEqual(['decision-making']);
  });

  it('classifyTopics does not read the means of a policy evaluation (舆情监测等多种形式) as public-response', () => {
    const text = '各级各部门单位要建立健全常态化政策评价机制，选取重点政策，从执行标准、适用范围、使用情况、取得成效、存在问题等方面通过征集调查、专题座谈、舆情监测等多种形式开展实施效果评价，全面掌握政策实施情况，深入分析政策评价结果，适情调整政策措施。';
    expect(classify(text).topics).toEqual(['decision-making']);
  });

  it('classifyTopics does not read 公开和政策解读 of a development goal as policy-interpretation work', () => {
    expect(classify('做好对打造强省会增长极等目标任务的信息公开和政策解读。', null, '（一）聚焦促进经济高质量发展强化政府信息公开').topics).toEqual(['economy']);
  });
});
