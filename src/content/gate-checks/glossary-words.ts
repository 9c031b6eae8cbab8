/**
 * Common programming and operations vocabulary, English to its usual Chinese renderings: enough to see
 * that "延迟队列" names DelayQueue or that "拷贝" asks for `cp`. One concept a line: English spellings
 * (the first names the concept; abbreviations such as `cp` or `rm` count as spellings), then after `|`
 * the Chinese renderings. A rendering may stand on several lines ("虚拟机" is virtual and machine).
 *
 * Written here rather than taken from a dictionary package: the general ones (CC-CEDICT) are megabytes,
 * load slowly and render "image" as 图像 where notes say 镜像; this list is the technical usage.
 */
export const GLOSSARY = `
create new make mk | 创建 新建 生成
copy cp clone | 复制 拷贝 克隆
move mv | 移动
load | 加载 载入 装载
save store | 保存 存储 储存
delete remove rm del drop erase | 删除 移除 清除 去除
clean prune clear purge | 清理 清除 清空
list ls | 列表 列出
queue | 队列
deque | 双端队列
stack | 栈 堆栈
heap | 堆
array arr | 数组
linked link | 链表 链接 链式
list | 链表
tree | 树
map mapping | 映射 映像
set | 集合
hash | 哈希 散列
table | 表
delay delayed | 延迟 延时
priority | 优先
synchronous sync synchronized synchronize | 同步
asynchronous async | 异步
blocking block | 阻塞
concurrent concurrency | 并发
parallel | 并行
last tail end | 尾 末尾 队尾 最后
first head front | 头 队头 首 开头 第一
insert add push append offer | 插入 添加 加入 新增 追加 入队
pop poll take | 弹出 出队 取出
peek get | 查看 获取 查询
tag | 标签
repository repo | 仓库
registry | 注册 仓库
image | 镜像 图片 图像
container | 容器
virtual | 虚拟 虚拟机
machine | 机器 虚拟机 主机
host | 主机 宿主
network net | 网络
port | 端口
volume | 卷 数据卷
mount | 挂载
export | 导出
import | 导入
build | 构建 编译
run exec execute | 运行 执行
discard | 丢弃 放弃
cancel abort | 取消 中止
watch monitor | 监视 监控 监听
flush | 刷新 刷盘
start | 启动 开始
stop | 停止
restart | 重启
kill | 杀死 终止 强制停止
pause | 暂停
resume unpause | 恢复
attach | 附加 连接
inspect | 检查 详细信息
history | 历史
log logs | 日志
stats statistics | 统计
events event | 事件
pull | 拉取 下载
push | 推送 上传
search | 搜索 查找
find | 查找
rename | 重命名
commit | 提交
merge | 合并
branch | 分支
rollback revert | 回滚 回退 撤销
reset | 重置
stash | 暂存 储藏
diff | 差异 比较
status | 状态
version | 版本
update | 更新
upgrade | 升级
config configuration | 配置
environment env | 环境
variable var | 变量
process proc | 进程
thread | 线程
lock | 锁
read | 读
write | 写
readonly | 只读
shared share | 共享
exclusive | 排他 独占
memory mem | 内存
disk | 磁盘
file | 文件
directory dir folder | 目录 文件夹
path | 路径
user | 用户
group grouping | 组 分组
owner own | 所有者 属主
permission mode | 权限
change ch | 修改 更改 改变
size | 大小 尺寸
length len | 长度
count | 计数 数量 统计
index | 索引
key | 键
value | 值
pair | 键值对
type | 类型
class | 类
interface | 接口
object | 对象
instance | 实例
method | 方法
function func | 函数
parameter param argument arg | 参数
return | 返回
exception | 异常
error err | 错误
interrupt int | 中断
terminate term | 终止
hangup hup | 挂起 挂断
signal sig | 信号
timeout | 超时
time | 时间
timer | 定时器 计时器
schedule scheduled scheduler | 调度 定时
circular ring cyclic | 环形 循环
loop | 循环
page | 页 页式 分页
segment | 段 段式 分段
cache | 缓存
buffer | 缓冲
pointer ptr | 指针
reference ref | 引用
weak | 弱
soft | 软
strong | 强
garbage | 垃圾
collection collector | 收集 回收
compile compiler | 编译
runtime | 运行时
java | 爪哇
bytecode | 字节码
byte | 字节
bit | 位
string str | 字符串
character char | 字符
integer int | 整数 整型
float | 浮点
double | 双精度
long | 长整型 长整数
field | 字段
literal | 字面量
symbol symbolic | 符号
constant const | 常量
boolean bool | 布尔
number num | 数字
sort sorted | 排序
order ordered | 有序 顺序
random | 随机
bound bounded | 有界
unbounded | 无界
capacity | 容量
transfer | 传输 转移
exchange exchanger | 交换
barrier | 屏障
latch | 闩
semaphore | 信号量
atomic | 原子
volatile | 易失
transaction | 事务
isolation | 隔离
consistency consistent | 一致
durability durable | 持久
persistent persist | 持久
commit | 提交
query | 查询
select | 选择 查询
view | 视图
trigger | 触发器
procedure | 存储过程
primary | 主
foreign | 外
service | 服务
server | 服务器
client | 客户端
request | 请求
response | 响应
session | 会话
cookie | 饼干
token | 令牌
proxy | 代理
reverse | 反向
forward | 正向 转发
route router routing | 路由 路由器
gateway | 网关
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
full | 满
contains contain | 包含
replace | 替换
split | 分割 拆分
join | 连接 合并
filter | 过滤 筛选
reduce | 归约 规约
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
mount | 挂载
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
release | 释放
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
`;
