import type { LegalCitation } from '@gk/core';
import { cite } from '@gk/core';
import type { Catalogue } from '@gk/catalogue-schema';
import { CHANNELS } from '@gk/catalogue-schema';
import { ANSWER_WORKDAYS, CLARIFICATION_NOTICE_WORKDAYS, MAX_EXTENSION_WORKDAYS } from '@gk/request-workflow';

/** The disclosure office of an agency (政府信息公开工作机构), as 第十二条 asks the guide to show it. */
export interface DisclosureOffice {
  /** 名称. */
  readonly name: string;
  /** 办公地址. */
  readonly address?: string;
  /** 办公时间. */
  readonly hours?: string;
  /** 联系电话. */
  readonly phone?: string;
  /** 传真号码. */
  readonly fax?: string;
  /** 互联网联系方式: a web address or an e-mail. */
  readonly internet?: string;
  /** 邮政编码. */
  readonly postcode?: string;
}

/** What {@link buildDisclosureGuide} needs: the agency, its office and its standard catalogues. */
export interface DisclosureGuideInput {
  /** The agency's name, e.g. 示范县人民政府办公室. */
  readonly agency: string;
  /** Its disclosure office. */
  readonly office: DisclosureOffice;
  /** The agency's standard catalogues (one per domain). */
  readonly catalogues: readonly Catalogue[];
  /** The date the guide is revised, `YYYY-MM-DD` (第十二条: 应当及时更新). */
  readonly revisedOn: string;
}

/** A section of the guide. */
export interface DisclosureGuideSection {
  /** Stable id. */
  readonly id: 'classification' | 'arrangement' | 'proactive' | 'onRequest' | 'office' | 'remedies';
  /** The heading, e.g. 一、政府信息的分类. */
  readonly title: string;
  /** The paragraphs, in order. */
  readonly paragraphs: readonly string[];
  /** The articles the section states. */
  readonly citations: readonly LegalCitation[];
}

/** An office field 第十二条 names that the input left out. */
export type DisclosureOfficeField = 'address' | 'hours' | 'phone' | 'fax' | 'internet';

/** The guide: its sections, and what 第十二条 asks for that the input did not give. */
export interface DisclosureGuide {
  /** 《…政府信息公开指南》. */
  readonly title: string;
  /** The agency. */
  readonly agency: string;
  /** The revision date. */
  readonly revisedOn: string;
  /** The sections, in the order 第十二条 lists their subjects. */
  readonly sections: readonly DisclosureGuideSection[];
  /** Office fields 第十二条 names that are missing (shown as 未提供 in the text). */
  readonly missing: readonly DisclosureOfficeField[];
  /** 第十二条. */
  readonly citation: LegalCitation;
}

const ART_12 = cite('regulation', 12);
const OFFICE_FIELDS: readonly (readonly [DisclosureOfficeField, string])[] = [
  ['address', '办公地址'],
  ['hours', '办公时间'],
  ['phone', '联系电话'],
  ['fax', '传真号码'],
  ['internet', '互联网联系方式'],
];

/**
 * Builds an agency's 政府信息公开指南 (《政府信息公开条例》第十二条) from its data: the kinds of
 * information (主动公开 by the domains of its catalogues, 依申请公开, what is not disclosed), how the
 * catalogue is arranged (domain → 一级事项 → 二级事项), how to obtain information (the channels its
 * catalogues use; the application with its 第二十九条 contents, time limits and fees), the office's
 * name, address, hours, telephone, fax and internet contact, and the remedies.
 * @param input - the agency, its office, its catalogues and the revision date
 * @returns the guide; office fields left out are listed in `missing`
 * @example
 * ```ts
 * const guide = buildDisclosureGuide({ agency: '示范县人民政府办公室', office, catalogues, revisedOn: '2026-11-01' });
 * guide.sections.map((section) => section.title); // ['一、政府信息的分类', …]
 * ```
 */
export function buildDisclosureGuide(input: DisclosureGuideInput): DisclosureGuide {
  const { agency, office, catalogues } = input;
  const domains = catalogues.map((catalogue) => `${catalogue.header.domain}（${String(catalogue.items.length)} 项）`);
  const arrangement = catalogues.map((catalogue) => {
    const primaries = [...new Set(catalogue.items.map((item) => item.primaryMatter))];
    return `${catalogue.header.domain}：${primaries.join('、')}`;
  });
  const channelUse = new Map<string, number>();
  for (const catalogue of catalogues) {
    for (const item of catalogue.items) {
      for (const entry of item.channels) {
        if (entry.requirement === 'required') channelUse.set(entry.name, (channelUse.get(entry.name) ?? 0) + 1);
      }
    }
  }
  const order = new Map<string, number>(Object.values(CHANNELS).map((name, index) => [name, index]));
  const channels = [...channelUse.keys()].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const missing = OFFICE_FIELDS.filter(([field]) => (office[field] ?? '').trim() === '').map(([field]) => field);
  const show = (value: string | undefined): string => (value === undefined || value.trim() === '' ? '未提供' : value);

  const sections: DisclosureGuideSection[] = [
    {
      id: 'classification',
      title: '一、政府信息的分类',
      paragraphs: [
        `本机关的政府信息分为主动公开和依申请公开两类。主动公开的政府信息按本机关的基层政务公开标准目录确定，涵盖${String(catalogues.length)}个领域：${domains.join('、') || '（暂无）'}。`,
        '除主动公开的政府信息外，公民、法人或者其他组织可以申请获取本机关的政府信息。',
        '依法确定为国家秘密的、法律和行政法规禁止公开的、公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，以及内部事务信息和过程性信息等，依照条例第十四条至第十六条办理。',
      ],
      citations: [cite('regulation', 13), cite('regulation', 14), cite('regulation', 15), cite('regulation', 16)],
    },
    {
      id: 'arrangement',
      title: '二、编排体系',
      paragraphs: [
        '政府信息公开目录按领域、一级事项、二级事项编排，每个事项列明公开内容（要素）、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开方式和公开层级。',
        ...arrangement,
      ],
      citations: [ART_12],
    },
    {
      id: 'proactive',
      title: '三、主动公开政府信息的获取方式',
      paragraphs: [
        `主动公开的政府信息自形成或者变更之日起20个工作日内公开，法律、法规另有规定的从其规定。可以通过以下渠道获取：${channels.join('、') || '政府网站'}。`,
        '本机关在政府信息公开专栏设置公开指南、公开目录、法定主动公开内容和年度报告，并提供检索、查阅、下载功能。',
      ],
      citations: [cite('regulation', 23), cite('regulation', 24), cite('regulation', 26)],
    },
    {
      id: 'onRequest',
      title: '四、依申请公开政府信息的获取方式',
      paragraphs: [
        `申请人可以通过网上申请、当面提交、邮寄或者传真向${office.name}提出申请，采用书面形式；采用书面形式确有困难的，可以口头提出，由本机关代为填写。`,
        '申请应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。',
        `申请内容不明确的，本机关自收到申请之日起${String(CLARIFICATION_NOTICE_WORKDAYS)}个工作日内一次性告知补正；能够当场答复的当场答复，不能当场答复的，自收到申请之日起${String(ANSWER_WORKDAYS)}个工作日内答复；需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过${String(MAX_EXTENSION_WORKDAYS)}个工作日。`,
        '依申请提供政府信息不收取费用；申请公开政府信息的数量、频次明显超过合理范围的，可以依照国务院办公厅的规定收取信息处理费。',
      ],
      citations: [
        cite('regulation', 27),
        cite('regulation', 29),
        cite('regulation', 30),
        cite('regulation', 31),
        cite('regulation', 33),
        cite('regulation', 42),
      ],
    },
    {
      id: 'office',
      title: '五、政府信息公开工作机构',
      paragraphs: [
        `名称：${office.name}`,
        `办公地址：${show(office.address)}${office.postcode === undefined ? '' : `（邮政编码 ${office.postcode}）`}`,
        `办公时间：${show(office.hours)}`,
        `联系电话：${show(office.phone)}`,
        `传真号码：${show(office.fax)}`,
        `互联网联系方式：${show(office.internet)}`,
      ],
      citations: [ART_12],
    },
    {
      id: 'remedies',
      title: '六、监督和救济',
      paragraphs: [
        '认为本机关未按照要求主动公开政府信息或者对政府信息公开申请不依法答复处理的，可以向政府信息公开工作主管部门提出。',
        '认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。',
      ],
      citations: [cite('regulation', 47, 2), cite('regulation', 51)],
    },
  ];

  return {
    title: `${agency}政府信息公开指南`,
    agency,
    revisedOn: input.revisedOn,
    sections,
    missing,
    citation: ART_12,
  };
}
