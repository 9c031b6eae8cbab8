import { describe, expect, it } from 'vitest';
import { TRANSLATED_TERM_CHECKS } from '../../src/content/gate-checks/translated-term.ts';
import type { DropReason } from '../../src/content/quality-gate.ts';
import { judge, make, NO_COMMANDS, type Spec } from './gate-fixtures.ts';

/**
 * A Latin term of plain English words against a Chinese description that renders them: dropped whatever
 * the distractors share. Each case: [rule, dropped, near miss kept].
 */
const CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    // A table whose name column translates the operator (投射 and $project).
    'key-echoes-stem',
    {
      origin: 'table-row',
      stem: '名称: 投射操作符; 作用: 修改文档的结构，可以重命名、增加或删除字段',
      options: ['$project', '$group', '$limit', '$match'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '作用: 修改文档的结构，可以重命名、增加或删除字段',
      options: ['$project', '$group', '$limit', '$match'],
      lang: 'zh',
    },
  ],
  [
    'translated-term',
    // `no` rendered as 不, though no distractor is a translation the echo check could weigh.
    {
      origin: 'table-row',
      stem: '不进行自动装配，依赖要显式写出',
      options: ['no', 'byType', 'constructor'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '依赖要在 XML 里显式写出',
      options: ['no', 'byType', 'constructor'],
      lang: 'zh',
    },
  ],
  [
    'translated-term',
    // The other direction: the term asked, its description the key (统计 renders count); one distractor
    // renders it too, so the echo check sees no echo of the key alone, but the third option is ruled out.
    {
      origin: 'definition-forward',
      stem: '$count',
      options: ['统计流入的文档数量', '统计每组的文档数量', '跳过前 N 条文档'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: '$count',
      options: ['输出流入的文档个数', '跳过前 N 条文档', '按字段排序'],
      lang: 'zh',
    },
  ],
  [
    // Lifecycle hooks are English phrases: 销毁 and 之前 spell beforeDestroy, the only option about
    // destroying. The echo check, which reads the same glossary, names it first.
    'key-echoes-stem',
    {
      origin: 'definition-reverse',
      stem: '在实例销毁之前调用。在这一步，实例仍然完全可用。',
      options: ['beforeDestroy', 'mounted', 'beforeMount', 'updated'],
      lang: 'zh',
    },
    // Near miss: the description says 之前 only, which every option's `before` shares.
    {
      origin: 'definition-reverse',
      stem: '相关的 render 函数首次调用之前，在这一步实例还不可用。',
      options: ['beforeDestroy', 'beforeCreate', 'beforeMount', 'beforeUpdate'],
      lang: 'zh',
    },
  ],
  [
    'key-echoes-stem',
    // 消息消费者 is "message consumer" (set G's Kafka FAQ).
    {
      origin: 'table-row',
      stem: '消息消费者，按组读取消息',
      options: ['Consumer', 'Producer', 'Broker', 'Topic'],
      lang: 'zh',
    },
    // Near miss: a Chinese description of an English key whose words it does not translate (绑定 renders a
    // distractor's name, not the key's).
    {
      origin: 'definition-reverse',
      stem: '指令所绑定的元素。',
      options: ['el', 'binding', 'vnode'],
      lang: 'zh',
    },
  ],
  [
    // The stem names the English term, the key is the Chinese description: 解除绑定 renders unbind.
    'key-echoes-stem',
    {
      origin: 'definition-forward',
      stem: 'unbind',
      options: [
        '只调用一次，在指令与元素解除绑定时调用。',
        '在所在组件的 VNode 更新时调用。',
        '在被插入父节点时调用。',
      ],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'unbind',
      options: [
        '只调用一次，在指令与元素分开时调用。',
        '在所在组件的 VNode 重新渲染时调用。',
        '在被插入父节点时调用。',
      ],
      lang: 'zh',
    },
  ],
  [
    // A name of two words is translated word by word too: 控制器 renders Controller.
    'key-echoes-stem',
    {
      origin: 'definition-forward',
      stem: 'Controller Manager',
      options: ['运行控制器进程', '键值存储数据库', '与 Master 通信的代理', '集群的前端接口'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'Controller Manager',
      options: ['维持期望状态的后台进程', '键值存储数据库', '与 Master 通信的代理', '集群的前端接口'],
      lang: 'zh',
    },
  ],
  [
    // 外部 renders External of ExternalName.
    'key-echoes-stem',
    {
      origin: 'definition-forward',
      stem: 'ExternalName',
      options: ['通过返回 CNAME 记录映射到外部服务', '集群内部访问', '通过节点端口暴露服务'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'ExternalName',
      options: ['通过返回 CNAME 记录映射到一个域名', '只在集群内可以访问', '通过节点端口暴露服务'],
      lang: 'zh',
    },
  ],
];

describe('a Latin term is not asked against a Chinese description that translates it', () => {
  for (const [rule, dropped, kept] of CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }
});

/**
 * The translated-term check on its own (the echo checks run first in the gate and often name the same
 * drop): each case [dropped, near miss kept].
 */
const ALONE: readonly (readonly [string, Spec, Spec])[] = [
  [
    'the key alone renders both words of the term; every distractor renders one (之前)',
    {
      origin: 'definition-forward',
      stem: 'beforeDestroy',
      options: ['在实例销毁之前调用。', '在挂载开始之前调用。', '在数据更新之前调用。'],
      lang: 'zh',
    },
    // A distractor renders every word the key renders: the notes, not the translation, tell them apart.
    {
      origin: 'definition-forward',
      stem: 'beforeDestroy',
      options: ['在实例销毁之前调用。', '在子组件销毁之前调用，实例随后解除。', '在数据变化之前调用。'],
      lang: 'zh',
    },
  ],
  [
    'a command of English words whose key description renders its verb (reboot as 重启)',
    {
      origin: 'definition-forward',
      stem: 'systemctl reboot',
      options: ['重启系统以使更改生效。', '重新加载连接配置。', '查看设备状态。', '显示活动的连接。'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'systemctl reboot',
      options: ['使更改生效，机器会短暂离线。', '让新的连接配置生效。', '查看设备状态。', '显示活动的连接。'],
      lang: 'zh',
    },
  ],
  [
    'a Chinese cloze with the English name blanked',
    {
      origin: 'cloze',
      stem: '＿＿＿：在实例销毁之前调用。',
      options: ['beforeDestroy', 'mounted', 'updated'],
      lang: 'zh',
    },
    {
      origin: 'cloze',
      stem: '＿＿＿：在实例完全可用时调用。',
      options: ['beforeDestroy', 'mounted', 'updated'],
      lang: 'zh',
    },
  ],
  [
    'a snake_case key read word by word: 消息消费者 renders message and consumer',
    {
      origin: 'table-row',
      stem: '消息消费者，按组读取消息',
      options: ['message_consumer', 'topic_controller', 'leader_election', 'replica_fetcher'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '按组读取，一组一份',
      options: ['message_consumer', 'topic_controller', 'leader_election', 'replica_fetcher'],
      lang: 'zh',
    },
  ],
  [
    'a word of the term that its section heading names is the family, not a tell',
    // Without the heading, 过渡 in the key renders `transition` where a distractor renders nothing.
    {
      origin: 'definition-forward',
      stem: 'transition-delay',
      options: ['定义过渡效果何时开始。', '规定速度效果的速度曲线。', '规定完成过渡效果需要多少秒。'],
      lang: 'zh',
    },
    // Under "transition过渡" every option of the section is a transition property.
    {
      origin: 'definition-forward',
      stem: 'transition-delay',
      options: ['定义过渡效果何时开始。', '规定速度效果的速度曲线。', '规定完成过渡效果需要多少秒。'],
      lang: 'zh',
      card: { sectionPath: ['CSS3', 'transition过渡'] },
    },
  ],
  [
    'un + bind glued: 解除绑定 renders unbind',
    {
      origin: 'definition-reverse',
      stem: '只调用一次，在指令与元素解除绑定时调用。',
      options: ['unbind', 'update', 'inserted'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '只调用一次，在指令与元素分开时调用。',
      options: ['unbind', 'update', 'inserted'],
      lang: 'zh',
    },
  ],
];

describe('translated-term on its own', () => {
  const [check] = TRANSLATED_TERM_CHECKS;
  for (const [what, dropped, kept] of ALONE) {
    it(what, () => {
      expect(check?.fails(make(dropped), NO_COMMANDS)).toBe(true);
      expect(check?.fails(make(kept), NO_COMMANDS)).toBe(false);
    });
  }
});

/** A glossary that gives each acronym its names: the names a description renders give the acronym away. */
const NAMES: Record<string, readonly string[]> = {
  ARP: ['Address Resolution Protocol', '地址解析协议'],
  DNS: ['Domain Name System', '域名系统'],
  DHCP: ['Dynamic Host Configuration Protocol', '动态主机配置协议'],
  SMTP: ['Simple Mail Transfer Protocol', '简单邮件传输协议'],
  HTTP: ['Hypertext Transfer Protocol', '超文本传输协议'],
  FTP: ['File Transfer Protocol', '文件传输协议'],
  UDP: ['User Datagram Protocol', '用户数据报协议'],
  BGP: ['Border Gateway Protocol'],
  VLAN: ['Virtual Local Area Network'],
};

const BY_NAMES: readonly (readonly [string, Spec, Spec])[] = [
  [
    // 协议 is Protocol, HTTP's P: beside DNS (a System) it sorts the options; among protocols it does not.
    'a word of the key’s names that a distractor’s names lack',
    {
      origin: 'definition-reverse',
      stem: '应用层的一问一答协议，本身无状态',
      options: ['HTTP', 'DNS', 'FTP', 'ARP'],
      lang: 'zh',
      names: NAMES,
    },
    {
      origin: 'definition-reverse',
      stem: '应用层的一问一答协议，本身无状态',
      options: ['HTTP', 'SMTP', 'FTP', 'ARP'],
      lang: 'zh',
      names: NAMES,
    },
  ],
  [
    // 地址解析 is Address Resolution: A, R.
    'the key’s translated name in the description',
    {
      origin: 'definition-reverse',
      stem: '把 IP 地址解析为 MAC 地址',
      options: ['ARP', 'DNS', 'DHCP', 'SMTP'],
      lang: 'zh',
      names: NAMES,
    },
    {
      origin: 'definition-reverse',
      stem: '在局域网里广播询问某个 IP 的硬件位置',
      options: ['ARP', 'DNS', 'DHCP', 'SMTP'],
      lang: 'zh',
      names: NAMES,
    },
  ],
  [
    // An English description that repeats a word of the expansion, asked the other way.
    'a what-is key that says a word of the term’s expansion',
    {
      origin: 'definition-forward',
      stem: 'ARP',
      options: [
        'Finds the hardware address that belongs to an IP on the link',
        'Exchanges reachability between autonomous systems',
        'Splits one switch into separate broadcast domains',
      ],
      names: NAMES,
    },
    {
      origin: 'definition-forward',
      stem: 'ARP',
      options: [
        'Answers who holds an IP on the local link',
        'Exchanges reachability between autonomous systems',
        'Splits one switch into separate broadcast domains',
      ],
      names: NAMES,
    },
  ],
];

describe('translated-term: an acronym translated through the names its glossary gives it', () => {
  const [check] = TRANSLATED_TERM_CHECKS;
  for (const [what, dropped, kept] of BY_NAMES) {
    it(what, () => {
      expect(check?.fails(make(dropped), NO_COMMANDS)).toBe(true);
      expect(check?.fails(make(kept), NO_COMMANDS)).toBe(false);
      expect(judge(kept)).toBeNull();
    });
  }
});
