/**
 * The second half of the technical vocabulary (glossary-words.ts says the format and why it is ours):
 * networks, deployment, storage, messaging, front end and the rest.
 */
export const SYSTEMS_GLOSSARY = `
forward | 正向 转发
route router routing | 路由 路由器
gateway | 网关
bridge | 网桥 桥接
switch | 交换机
hub | 集线器
load-balancer balancer balance balancing | 负载均衡 均衡
cluster | 集群 群集
node | 节点
swarm | 集群 群集
orchestration | 编排
compose | 编排 组合
deploy deployment | 部署
scale | 扩展 伸缩
replica | 副本
layer | 层
union | 联合
overlay | 覆盖 叠加
driver | 驱动
storage | 存储
daemon | 守护进程 守护
command cmd | 命令
shell | 外壳
script | 脚本
terminal tty | 终端
interactive | 交互
detach detached | 分离 后台
foreground | 前台
background | 后台 背景
output | 输出
input | 输入
print | 打印 输出
display show | 显示 展示
remote | 远程
local | 本地
global | 全局
private | 私有
public | 公共 公有
static | 静态
dynamic | 动态
abstract | 抽象
final | 最终
override | 重写 覆盖
overload | 重载
inherit inheritance extends | 继承
implement implements implementation | 实现
encapsulation | 封装
polymorphism | 多态
generic generics | 泛型
iterator | 迭代器
element | 元素
node | 结点
empty | 空
full | 满 全量
contains contain | 包含
replace | 替换
split | 分割 拆分
join | 连接 合并
filter | 过滤 筛选
reduce | 归约 规约 减少
wait | 等待
notify | 通知
sleep | 睡眠 休眠
yield | 让步
channel | 通道 管道
pipe | 管道
socket | 套接字
message | 消息
listener listen | 监听
handler handle | 处理
callback | 回调
render | 渲染
component | 组件
state | 状态
props prop property properties | 属性
boundary boundaries | 边界
unique | 唯一
id identifier | 标识
expose | 暴露
entrypoint entry | 入口
workdir | 工作目录
healthcheck health | 健康检查 健康
effect | 副作用
context | 上下文
memo memoize | 记忆
ref | 引用
name named | 名称 名字 名为
limit | 限制 限定
match matching | 匹配
constructor | 构造 构造器 构造函数
single singleton | 单 单个 单例
auto automatic | 自动
skip | 跳过
project projection | 投影 投射
unwind | 展开
lookup | 查找 关联
destroy destruct destructor | 销毁 析构
before | 之前 以前 前置
after | 之后 以后 后置
bind binding | 绑定
unbind | 解绑 解除绑定
initialize init initial | 初始化
consumer consume | 消费者 消费
producer produce | 生产者 生产
publisher publish | 发布者 发布
subscriber subscribe subscription | 订阅者 订阅
topic | 主题
partition | 分区
offset | 偏移量 偏移
broadcast | 广播
open | 打开
close | 关闭
connect connection | 连接
disconnect | 断开
send | 发送
receive receiver | 接收 接收者
encode encoder encoding | 编码
decode decoder decoding | 解码
encrypt encryption | 加密
decrypt decryption | 解密
compress compression | 压缩
decompress | 解压
parse parser | 解析
format formatter | 格式化
validate validation validator | 校验 验证
authenticate authentication | 认证 身份验证
authorize authorization | 授权
login | 登录
logout | 登出 注销
password | 密码
account | 账户 账号
role | 角色
policy | 策略
template | 模板
directive | 指令
hook | 钩子
lifecycle | 生命周期
plugin | 插件
module | 模块
library lib | 类库 函数库 依赖库
framework | 框架
dependency dependencies | 依赖
inject injection | 注入
provider | 提供者
observer observable | 观察者
database db | 数据库
record | 记录
backup | 备份
restore | 还原
master | 主节点 主库
slave | 从节点 从库
leader | 领导者
follower | 跟随者
election elect | 选举
heartbeat | 心跳
debug debugger | 调试
allocate allocation allocator | 分配
release | 释放 发行 发布
visible visibility | 可见
hidden hide | 隐藏
width | 宽度
height | 高度
color colour | 颜色
font | 字体
border | 边框
margin | 外边距
padding | 内边距
position | 定位
animation animate | 动画
transition | 过渡
transform | 变换
shadow | 阴影
opacity | 透明度 不透明度
selector | 选择器
style | 样式
layout | 布局
generator | 生成器
discriminator | 判别器
gradient | 梯度
weight | 权重
train training | 训练
classify classifier classification | 分类
predict prediction | 预测
address addr | 地址
protocol | 协议
packet | 数据包 报文
frame | 帧
firewall | 防火墙
bandwidth | 带宽
collision | 冲突 碰撞
multiplexing multiplex mux | 复用 多路复用 多路传输
frequency | 频率 频带 频段
certificate cert | 证书
signature sign | 签名
patch | 补丁
slot | 插槽
emit | 触发 发射
computed compute | 计算
navigation navigate | 导航
guard | 守卫
enter | 进入
leave | 离开
parent | 父组件 父节点 父元素 父类
child children | 子组件 子节点 子元素 子类
root | 根节点 根目录
previous prev | 上一个
allow | 允许
deny | 拒绝
enable enabled | 启用
disable disabled | 禁用
retry | 重试
batch | 批量 批处理
stream | 流式 数据流 字节流
job | 作业
task | 任务
pool | 池
expire expiration expired | 过期
evict eviction | 淘汰 驱逐
snapshot | 快照
shard sharding | 分片
cursor | 游标
optimistic | 乐观
pessimistic | 悲观
deadlock | 死锁
endpoint | 端点
namespace | 命名空间
controller control | 控制器 控制
manager manage management | 管理器 管理
external | 外部
internal | 内部
agent | 代理程序 代理
frontend front-end | 前端
backend back-end | 后端
privilege privileges | 权限 特权
constraint constraints | 约束
domain | 域 领域
integrity | 完整性
kernel | 内核
`;
