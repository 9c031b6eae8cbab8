import { SYSTEMS_GLOSSARY } from './glossary-words-systems.ts';

/**
 * Common programming and operations vocabulary, English to its usual Chinese renderings: enough to see
 * that "延迟队列" names DelayQueue or that "拷贝" asks for `cp`. One concept a line: English spellings
 * (the first names the concept; abbreviations such as `cp` or `rm` count as spellings), then after `|`
 * the Chinese renderings. A rendering may stand on several lines ("虚拟机" is virtual and machine).
 *
 * Written here rather than taken from a dictionary package: the general ones (CC-CEDICT) are megabytes,
 * load slowly and render "image" as 图像 where notes say 镜像; this list is the technical usage.
 */
const GENERAL = `
create new make mk | 创建 新建 生成
copy cp clone | 复制 拷贝 克隆
move mv | 移动
load | 加载 载入 装载
reload | 重新加载 重载
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
tag label | 标签
repository repo | 仓库
registry | 注册 仓库
image | 镜像 图片 图像
container | 容器
virtual | 虚拟 虚拟机
machine | 机器 虚拟机 主机 电脑 计算机
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
stop | 停止 阻止
restart reboot | 重启 重新启动
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
coroutine goroutine | 协程
processor cpu | 处理器
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
charset | 字符集 字符编码
geospatial geo geographic | 地理
integer int | 整数 整型
float | 浮点
double | 双精度
long | 长整型 长整数
field | 字段
literal | 字面量
symbol symbolic | 符号
constant const | 常量
boolean bool | 布尔
number num | 数字 数值
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
prefix | 前缀
suffix | 后缀
wildcard | 通配符 通配
fuzzy | 模糊
incremental incrementally increment | 增量
ingestion ingest | 摄入 摄取
processing | 处理
checkpoint | 检查点
audit auditing | 审计
condition conditional | 条件
confirm confirmed confirmation | 确认
unable | 无法
optional | 可选
engine | 引擎
polling | 轮询
hosting hosted managed | 托管
capture capturing | 捕获
once | 一次
row rows | 行数
prevent | 阻止
passive | 被动
native | 原生
exact | 精确
lazy | 惰性 懒加载
trim | 首尾空格 去除空格
core | 核心
self | 自身
`;

/** Both halves, one concept a line. */
export const GLOSSARY = `${GENERAL}${SYSTEMS_GLOSSARY}`;
