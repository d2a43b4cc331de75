<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MoError</name>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="+93"/>
        <source>MatrixOne rejected the argument: %1</source>
        <translation>MatrixOne 拒绝了该参数：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the user name or password: %1</source>
        <translation>服务器拒绝了用户名或密码：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission denied. mo_ctl must be run by a user of the sys account with the moadmin role (for example root). Server said: %1</source>
        <translation>权限不足。mo_ctl 必须由 sys 租户下具有 moadmin 角色的用户（例如 root）执行。服务器返回：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database not found (MatrixOne answered &quot;%1&quot;).</source>
        <translation>数据库不存在（MatrixOne 返回“%1”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MatrixOne timed out while doing the work: %1</source>
        <translation>MatrixOne 执行该操作时超时：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer within the time limit; the statement was cancelled on the server.</source>
        <translation>在时间限制内未收到应答；该语句已在服务器上取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled; the running statement was stopped on the server.</source>
        <translation>已取消；正在执行的语句已在服务器上停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s reply could not be understood: %1</source>
        <translation>无法解析服务器的应答：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MatrixOne reported a failure: %1</source>
        <translation>MatrixOne 报告失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+85"/>
        <source>Maintenance for MatrixOne clusters</source>
        <translation>MatrixOne 集群运维工具</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connect to a profile first (Profiles, Connect).</source>
        <translation>请先连接到一个连接配置（连接配置 → 连接）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No password given; nothing was run.</source>
        <translation>未提供密码；未执行任何操作。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Review the operations and run them on the profile %1.</source>
        <translation>请检查这些操作，然后在连接配置 %1 上运行。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s) stopped unfinished (the process running them ended); marked interrupted in History.</source>
        <translation>
            <numerusform>%n 个运行未完成即停止（运行它们的进程已结束）；已在历史记录中标记为中断。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Schedule not saved</source>
        <translation>计划任务未保存</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>moctl exited with code %1 (see History).</source>
        <translation>moctl 已退出，退出码为 %1（参见历史记录）。</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionFactory</name>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="+85"/>
        <source>Unknown host %1.</source>
        <translation>未知主机 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused by %1:%2 (is the server running?).</source>
        <translation>%1:%2 拒绝连接（服务器是否在运行？）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation>%3 秒内未能连接到 %1:%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 accepted the connection but sent no greeting within %3 s (the server is hanging or is not a MySQL-protocol server).</source>
        <translation>%1:%2 接受了连接，但在 %3 秒内未发送握手信息（服务器无响应，或不是 MySQL 协议的服务器）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Qt MySQL driver (QMYSQL) is not installed.</source>
        <translation>未安装 Qt MySQL 驱动（QMYSQL）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The profile requires TLS but the server did not offer an encrypted connection.</source>
        <translation>该连接配置要求 TLS，但服务器未提供加密连接。</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionProfile</name>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="+21"/>
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use either &quot;:&quot; or &quot;#&quot; to separate account, user and role, not both.</source>
        <translation>请使用“:”或“#”之一分隔租户、用户和角色，不要混用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A user name has at most three parts: account%1user%1role.</source>
        <translation>用户名最多包含三部分：租户%1用户%1角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has an empty part; write account%2user or account%2user%2role.</source>
        <translation>“%1”中有空的部分；请写成 租户%2用户 或 租户%2用户%2角色。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The profile has no id.</source>
        <translation>该连接配置没有 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server host.</source>
        <translation>请输入服务器主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host must not contain spaces.</source>
        <translation>主机中不能包含空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account, user and role must not contain &quot;:&quot; or &quot;#&quot;.</source>
        <translation>租户、用户和角色中不能包含“:”或“#”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Verify CA&quot; needs a CA certificate file.</source>
        <translation>“验证 CA”需要 CA 证书文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client certificate needs its key file, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的密钥文件，密钥也需要对应的证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connect timeout must be from 1 to 3600 seconds.</source>
        <translation>连接超时必须在 1 到 3600 秒之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The read timeout must be from 1 to 86400 seconds.</source>
        <translation>读取超时必须在 1 到 86400 秒之间。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred (use TLS when the server offers it)</source>
        <translation>首选（服务器支持时使用 TLS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, verify the server against the CA</source>
        <translation>必需，并用 CA 验证服务器</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a profile has no valid id</source>
        <translation>某个连接配置没有有效的 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile %1 has no name</source>
        <translation>连接配置 %1 没有名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile &quot;%1&quot;: &quot;%2&quot; must be a string</source>
        <translation>连接配置“%1”：“%2”必须是字符串</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile &quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>连接配置“%1”：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>profile &quot;%1&quot;: unknown TLS mode &quot;%2&quot;</source>
        <translation>连接配置“%1”：未知的 TLS 模式“%2”</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionTester</name>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="+129"/>
        <source>The host name could not be resolved (DNS). Check the host. Server said: %1</source>
        <translation>无法解析主机名（DNS）。请检查主机。服务器返回：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was refused: nothing listens on that host and port. Check the port (MatrixOne uses 6001) and that the server is running.</source>
        <translation>连接被拒绝：该主机和端口上没有服务在监听。请检查端口（MatrixOne 使用 6001）以及服务器是否在运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer before the connect timeout: the host may be down or a firewall drops the connection.</source>
        <translation>在连接超时之前未收到应答：主机可能已停机，或防火墙丢弃了连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the user name or password (%1). Check the password and the account:user form of the user name.</source>
        <translation>服务器拒绝了用户名或密码（%1）。请检查密码以及“租户:用户”形式的用户名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS connection failed: %1 Check the TLS mode and the CA, certificate and key files.</source>
        <translation>TLS 连接失败：%1 请检查 TLS 模式以及 CA、证书和密钥文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes: sys account with the moadmin role.</source>
        <translation>是：sys 租户，具有 moadmin 角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probably: sys account with the user&apos;s default role (moadmin for root). Give the role explicitly (sys:user:moadmin) to be sure.</source>
        <translation>可能：sys 租户，使用该用户的默认角色（root 的默认角色为 moadmin）。为确保无误，请明确指定角色（sys:user:moadmin）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probably not: mo_ctl needs the moadmin role; this user connects with role &quot;%1&quot;.</source>
        <translation>可能不允许：mo_ctl 需要 moadmin 角色；该用户以角色“%1”连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: account &quot;%1&quot; is not sys; mo_ctl is only allowed to the sys account.</source>
        <translation>否：租户“%1”不是 sys；只有 sys 租户可以使用 mo_ctl。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server version: %1</source>
        <translation>服务器版本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is MatrixOne.</source>
        <translation>这是 MatrixOne。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not look like MatrixOne (the version does not say so).</source>
        <translation>这看起来不是 MatrixOne（版本信息中未表明）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as: %1 (account %2, user %3, role %4)</source>
        <translation>连接身份：%1（租户 %2，用户 %3，角色 %4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mo_ctl privilege: %1</source>
        <translation>mo_ctl 权限：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip: %1 ms (connect %2 ms)</source>
        <translation>往返耗时：%1 毫秒（连接 %2 毫秒）</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryChart</name>
    <message>
        <location filename="../widgets/historyview.cpp" line="+75"/>
        <source>Run durations of a plan</source>
        <translation>维护计划的运行耗时</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(ad hoc)</source>
        <translation>（临时）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan %1: the newest %2 of %3 finished runs</source>
        <translation>维护计划 %1：%3 个已完成运行中最新的 %2 个</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Plan %1: %n finished run(s)</source>
        <translation>
            <numerusform>维护计划 %1：%n 个已完成的运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n slower than twice the plan&apos;s median</source>
        <translation>
            <numerusform>%1；其中 %n 个运行的耗时超过该维护计划中位数的两倍</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No finished runs to chart</source>
        <translation>没有可绘制图表的已完成运行</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (newest %2 of %3 runs)</source>
        <translation>%1（%3 个运行中最新的 %2 个）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n run(s) slower than twice the plan&apos;s median</source>
        <translation>
            <numerusform>%n 个运行的耗时超过该维护计划中位数的两倍</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::HistoryRunsModel</name>
    <message>
        <location filename="../widgets/historyrunsmodel.cpp" line="+224"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(ad hoc)</source>
        <translation>（临时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 succeeded, %2 failed, %3 timed out, %4 cancelled, %5 skipped of %6</source>
        <translation>共 %6 个：%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryStore</name>
    <message>
        <location filename="../core/history/historystore.cpp" line="+444"/>
        <source>Cannot open the history file.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+63"/>
        <source>Cannot read the history file.</source>
        <translation>无法读取历史记录文件。</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+71"/>
        <source>The file is an SQLite database but not a MOCTL Studio history.</source>
        <translation>该文件是 SQLite 数据库，但不是 MOCTL Studio 的历史记录。</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+65"/>
        <source>The history file was written by a newer version of MOCTL Studio (schema %1; this version understands up to %2). It was left untouched.</source>
        <translation>该历史记录文件由更新版本的 MOCTL Studio 写入（架构版本 %1；当前版本最高支持 %2）。文件未作改动。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cannot use the history file.</source>
        <translation>无法使用该历史记录文件。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation>历史记录文件已损坏（%1）。已将其保留为 %2，并新建了历史记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It could not be moved aside, so history is not recorded.</source>
        <translation>无法将其移到一旁，因此不会记录历史。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History is not available: %1 (%2)</source>
        <translation>历史记录不可用：%1（%2）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The process running it ended before the run was finished.</source>
        <translation>执行该运行的进程在运行结束前已退出。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The run could not be recorded in the history: %1</source>
        <translation>无法将该运行写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>An outcome could not be recorded in the history: %1</source>
        <translation>无法将某个结果写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The end of a run could not be recorded in the history: %1</source>
        <translation>无法将运行的结束写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An event could not be recorded in the history: %1</source>
        <translation>无法将某个事件写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+437"/>
        <source>The history file cannot be opened.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryView</name>
    <message>
        <location filename="../widgets/historyview.cpp" line="+22"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile filter</source>
        <translation>连接配置筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All profiles</source>
        <translation>所有连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan filter</source>
        <translation>维护计划筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>所有维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search runs</source>
        <translation>搜索运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search profiles, plans, tables, messages…</source>
        <translation>搜索连接配置、维护计划、表、消息…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Profile:</source>
        <translation>连接配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lan:</source>
        <translation>维护计划(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search in progress</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh history</source>
        <translation>刷新历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;runs…</source>
        <translation>导出运行(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export runs as CSV</source>
        <translation>将运行导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;outcomes…</source>
        <translation>导出结果(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export outcomes as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-r&amp;un</source>
        <translation>重新运行(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run this run&apos;s operations again</source>
        <translation>再次执行本次运行中的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urge…</source>
        <translation>清除(&amp;U)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purge history by retention</source>
        <translation>按保留设置清除历史记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the run cannot be run again</source>
        <translation>该运行无法重新运行的原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run summary</source>
        <translation>运行摘要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcomes of the selected run</source>
        <translation>所选运行的结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raw reply of the selected outcome</source>
        <translation>所选结果的原始应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an outcome to see the server&apos;s raw reply.</source>
        <translation>选择一个结果以查看服务器的原始应答。</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n run(s) purged from the history.</source>
        <translation>
            <numerusform>已从历史记录中清除 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Select a run to see its outcomes.</source>
        <translation>选择一个运行以查看其结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 on %2 (%3), %4: %5 of %6 operations succeeded.</source>
        <translation>运行 %1，位于 %2（%3），%4：%6 个操作中有 %5 个成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown server</source>
        <translation>未知服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First error: %1</source>
        <translation>首个错误：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No run matches the filters.</source>
        <translation>没有符合筛选条件的运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs yet. Runs from the Operations page, the plans, the schedules and moctl appear here as they happen.</source>
        <translation>尚无运行。来自“操作”页、维护计划、计划任务和 moctl 的运行会实时显示在这里。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The runs could not be exported to %1: %2</source>
        <translation>无法将运行导出到 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs exported to %1.</source>
        <translation>运行已导出到 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The outcomes could not be exported to %1: %2</source>
        <translation>无法将结果导出到 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcomes of run %1 exported to %2.</source>
        <translation>运行 %1 的结果已导出到 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Export runs</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The runs could not be exported to %1.</source>
        <translation>无法将运行导出到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Export outcomes</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The outcomes could not be exported to %1.</source>
        <translation>无法将结果导出到 %1。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Run %1 was not made with a saved profile, so it cannot be run again from here; nothing was run.</source>
        <translation>运行 %1 并非使用已保存的连接配置执行，因此无法在此重新运行；未执行任何操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 used the profile “%2”, which no longer exists; nothing was run.</source>
        <translation>运行 %1 使用的连接配置“%2”已不存在；未执行任何操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 has no operations to run again.</source>
        <translation>运行 %1 没有可重新运行的操作。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>runs older than %n day(s)</source>
        <translation>
            <numerusform>超过 %n 天的运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>all but the newest %n run(s)</source>
        <translation>
            <numerusform>除最新 %n 个以外的所有运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Purge history</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The retention in Preferences keeps the whole history; nothing to purge.</source>
        <translation>首选项中的保留设置会保留全部历史记录；没有可清除的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1 from the history, with their outcomes? Running runs are kept. This cannot be undone.</source>
        <translation>从历史记录中删除%1及其结果？仍在运行中的运行会被保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purging the history…</source>
        <translation>正在清除历史记录…</translation>
    </message>
</context>
<context>
    <name>moctl::Identifier</name>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="+50"/>
        <source>The %1 name is empty.</source>
        <translation>%1名称为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 name contains a NUL character, which no server accepts.</source>
        <translation>%1名称包含 NUL 字符，任何服务器都不接受。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 name is %2 characters long; names are limited to 256.</source>
        <translation>%1名称长度为 %2 个字符；名称最长为 256 个字符。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the table &quot;%1&quot;: %2</source>
        <translation>无法读取表“%1”：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a backtick may only open a whole name part</source>
        <translation>反引号只能包住完整的名称部分</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>a name part is empty</source>
        <translation>名称的某一部分为空</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unexpected text after a closing backtick</source>
        <translation>右反引号后有多余的文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spaces need backticks around the name</source>
        <translation>包含空格的名称需要用反引号括起来</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a backtick is not closed</source>
        <translation>反引号未闭合</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected database.table (use backticks for names containing dots)</source>
        <translation>应为 数据库.表（名称中含有点号时请使用反引号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>moctl::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+52"/>
        <location line="+221"/>
        <source>MOCTL Studio</source>
        <translation>MOCTL Studio</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will appear here.</source>
        <translation>%1将显示在这里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+269"/>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Connection profiles will appear here.</source>
        <translation>连接配置将显示在这里。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile colour</source>
        <translation>连接配置颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Current profile</source>
        <translation>当前连接配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MOCTL Studio</source>
        <translation>关于 MOCTL Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MOCTL Studio</source>
        <translation>关于 MOCTL Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;MOCTL Studio %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;MOCTL Studio %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flushes, checkpoints, maintenance plans and schedules for MatrixOne clusters.&lt;br&gt;Qt %1 · data in %2</source>
        <translation>用于 MatrixOne 集群的刷写、检查点、维护计划和计划任务。&lt;br&gt;Qt %1 · 数据位于 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 — MOCTL Studio</source>
        <translation>%1 — MOCTL Studio</translation>
    </message>
</context>
<context>
    <name>moctl::Operation</name>
    <message>
        <location filename="../core/moctl/operation.cpp" line="+53"/>
        <source>Flush table</source>
        <translation>刷写表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incremental checkpoint</source>
        <translation>增量检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global checkpoint</source>
        <translation>全局检查点</translation>
    </message>
</context>
<context>
    <name>moctl::OperationExecutor</name>
    <message>
        <location filename="../core/moctl/executor.cpp" line="+321"/>
        <source>Time limit: %1 s.</source>
        <translation>时间限制：%1 秒。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection id to kill.</source>
        <translation>没有可终止的连接 ID。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(looked up in mo_catalog.mo_tables to flush by id)</source>
        <translation>（在 mo_catalog.mo_tables 中查找，以按 ID 刷写）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the statement returned no row</source>
        <translation>该语句没有返回任何行</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(database %1)</source>
        <translation>（数据库 %1）</translation>
    </message>
</context>
<context>
    <name>moctl::OperationsPanel</name>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="+40"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flush tables</source>
        <translation>刷写表(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incremental checkpoint</source>
        <translation>增量检查点(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Global checkpoint</source>
        <translation>全局检查点(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One table per line: database.table (use `backticks` for names with dots)</source>
        <translation>每行一个表：数据库.表（名称中含有点号时请使用`反引号`）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables to flush</source>
        <translation>要刷写的表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long MatrixOne may take, e.g. 30s or 2m. Empty: the server&apos;s default.</source>
        <translation>允许 MatrixOne 花费的时长，例如 30s 或 2m。留空：使用服务器默认值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint duration</source>
        <translation>检查点时长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose tables…</source>
        <translation>选择表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose tables from the catalog</source>
        <translation>从目录中选择表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse the databases and tables of the current profile, with rows and sizes</source>
        <translation>浏览当前连接配置的数据库和表，包括行数和大小</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkpoint &amp;duration:</source>
        <translation>检查点时长(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many tables are flushed at once.</source>
        <translation>同时刷写的表数量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each attempt is cancelled on the server after this long.</source>
        <translation>每次尝试超过该时长后将在服务器上取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra attempts after a lost connection or a server timeout.</source>
        <translation>连接中断或服务器超时后的额外重试次数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parallel flushes:</source>
        <translation>并行刷写数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time limit per attempt:</source>
        <translation>每次尝试的时间限制(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Operations of the run</source>
        <translation>本次运行的操作</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running on %1</source>
        <translation>正在 %1 上运行</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Tables to flush — %1</source>
        <translation>要刷写的表 — %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>List at least one table to flush (database.table, one per line).</source>
        <translation>请至少列出一个要刷写的表（数据库.表，每行一个）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a duration MatrixOne understands; write for example 30s, 2m or 1m30s.</source>
        <translation>“%1”不是 MatrixOne 能识别的时长；请写成例如 30s、2m 或 1m30s。</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+132"/>
        <source>Choose a profile first.</source>
        <translation>请先选择一个连接配置。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Running %1 on %2…</source>
        <translation>正在 %2 上运行%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flushing %1 tables on %2…</source>
        <translation>正在 %2 上刷写 %1 个表…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling: running statements are being stopped on the server…</source>
        <translation>正在取消：正在服务器上停止执行中的语句…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done on %1: %2 of %3 succeeded.</source>
        <translation>已在 %1 上完成：%3 个中 %2 个成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled on %1: %2 succeeded, %3 cancelled.</source>
        <translation>已在 %1 上取消：%2 个成功，%3 个已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2: %3 succeeded, %4 failed, %5 timed out.</source>
        <translation>%2：%1，%3 个成功，%4 个失败，%5 个超时。</translation>
    </message>
</context>
<context>
    <name>moctl::Plan</name>
    <message>
        <location filename="../core/plan/maintenanceplan.cpp" line="+52"/>
        <source>The pattern &quot;%1&quot; cannot be read: use database.table, where * and ? match any characters (e.g. analytics_db.*).</source>
        <translation>无法读取模式“%1”：请使用 数据库.表 的形式，其中 * 和 ? 可匹配任意字符（例如 analytics_db.*）。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Flush tables</source>
        <translation>刷写表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incremental checkpoint</source>
        <translation>增量检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global checkpoint</source>
        <translation>全局检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop the plan</source>
        <translation>停止维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the next step</source>
        <translation>继续执行下一步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue, but skip the remaining checkpoints</source>
        <translation>继续，但跳过其余检查点</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Step %1: %2 (disabled, not sent)</source>
        <translation>步骤 %1：%2（已禁用，不发送）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>wait %n second(s)</source>
        <translation>
            <numerusform>等待 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pattern %1: resolved when the plan runs</source>
        <translation>模式 %1：在维护计划运行时解析</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pattern %1 matches no table</source>
        <translation>模式 %1 未匹配任何表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pattern %1 matches %2</source>
        <translation>模式 %1 匹配 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains a dot; its id is looked up first:</source>
        <translation>%1 包含点号；将先查找其 ID：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup preparation</source>
        <translation>备份准备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance upkeep</source>
        <translation>性能维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinated checkpoint</source>
        <translation>协同检查点</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flush the critical tables, then force an incremental checkpoint and a global checkpoint.</source>
        <translation>刷写关键表，然后强制执行增量检查点和全局检查点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flush every table of the databases to back up, then force an incremental checkpoint and a global checkpoint so the backup sees persisted data.</source>
        <translation>刷写待备份数据库中的所有表，然后强制执行增量检查点和全局检查点，使备份能看到已持久化的数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flush the large log and event tables, then force an incremental checkpoint and a global checkpoint to keep replay short.</source>
        <translation>刷写大型日志表和事件表，然后强制执行增量检查点和全局检查点，以缩短重放时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flush the critical tables, then force a global checkpoint.</source>
        <translation>刷写关键表，然后强制执行全局检查点。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <source>Flush critical tables</source>
        <translation>刷写关键表</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Flush all tables of the databases to back up</source>
        <translation>刷写待备份数据库中的所有表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flush large log and event tables</source>
        <translation>刷写大型日志表和事件表</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The plan has no name.</source>
        <translation>维护计划没有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan has no steps.</source>
        <translation>维护计划没有步骤。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the plan is disabled.</source>
        <translation>维护计划的所有步骤均已禁用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is chosen; the plan can only run with one given.</source>
        <translation>未选择连接配置；只有指定连接配置后才能运行该维护计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s profile (%1) does not exist.</source>
        <translation>维护计划的连接配置（%1）不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The timeout must be from 1 to 86400 seconds.</source>
        <translation>超时时间必须在 1 到 86400 秒之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries must be from 0 to 20.</source>
        <translation>重试次数必须在 0 到 20 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A wait must be from 0 to 86400 seconds.</source>
        <translation>等待时间必须在 0 到 86400 秒之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wait of 0 seconds does nothing.</source>
        <translation>等待 0 秒不起任何作用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a duration; use a Go duration such as 30s, 2m or 1h30m, or leave it empty for the server&apos;s default.</source>
        <translation>“%1”不是有效的时长；请使用 Go 时长格式，例如 30s、2m 或 1h30m，或留空以使用服务器默认值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parallelism must be from 1 to 64 tables at once.</source>
        <translation>并行度必须为同时 1 到 64 个表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The flush step has no tables or patterns.</source>
        <translation>刷写步骤没有表或模式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is listed twice in this step.</source>
        <translation>%1 在此步骤中列出了两次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already flushed by an earlier step.</source>
        <translation>%1 已由前面的步骤刷写。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The table %1 does not exist.</source>
        <translation>表 %1 不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pattern %1 is listed twice in this step.</source>
        <translation>模式 %1 在此步骤中列出了两次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern %1 matches no table.</source>
        <translation>模式 %1 未匹配任何表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan sends nothing: it has only waits.</source>
        <translation>该维护计划不发送任何内容：只包含等待步骤。</translation>
    </message>
</context>
<context>
    <name>moctl::PlanEditor</name>
    <message>
        <location filename="../widgets/planeditor.cpp" line="+77"/>
        <source>no tables yet</source>
        <translation>尚无表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server default timeout</source>
        <translation>服务器默认超时</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unsaved plan</source>
        <translation>未保存的维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>维护计划“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+846"/>
        <source>Step %1: </source>
        <translation>步骤 %1：</translation>
    </message>
    <message>
        <location line="-845"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan was not run: the preflight found errors.</source>
        <translation>维护计划未运行：预检发现错误。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running plan %1</source>
        <translation>正在运行维护计划 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run finished: %1 — %2 ok, %3 failed, %4 timed out, %5 cancelled, %6 skipped.</source>
        <translation>运行结束：%1 — %2 个成功，%3 个失败，%4 个超时，%5 个已取消，%6 个已跳过。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved plans</source>
        <translation>已保存的维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty plan</source>
        <translation>空维护计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Profile the plan runs on</source>
        <translation>维护计划运行所用的连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile the plan runs on, also on a schedule. None: the profile that is current when you run it here.</source>
        <translation>维护计划运行所用的连接配置（按计划任务运行时也使用）。不选择：在此处运行时使用当前连接配置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>连接配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;failure:</source>
        <translation>失败时(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;chedule…</source>
        <translation>计划任务(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the plan runs by itself; saved with the plan</source>
        <translation>维护计划自动运行的时间；随维护计划一起保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule:</source>
        <translation>计划任务：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename plan</source>
        <translation>重命名维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change profile</source>
        <translation>更改连接配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change failure policy</source>
        <translation>更改失败策略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag to reorder, or Ctrl+Up / Ctrl+Down</source>
        <translation>拖动以调整顺序，或使用 Ctrl+Up / Ctrl+Down</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+105"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step up (Ctrl+Up)</source>
        <translation>上移步骤（Ctrl+Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Ctrl+Down)</source>
        <translation>下移步骤（Ctrl+Down）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销 %1（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Step options</source>
        <translation>步骤选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enabled (a disabled step is kept but not run)</source>
        <translation>启用（禁用的步骤会保留但不运行）(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit step label</source>
        <translation>编辑步骤标签</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tables and patterns (database.table; * and ? match any characters):</source>
        <translation>表和模式（数据库.表；* 和 ? 匹配任意字符）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>production_db.orders or analytics_db.*</source>
        <translation>production_db.orders 或 analytics_db.*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or pattern to add</source>
        <translation>要添加的表或模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose tables and patterns from the catalog</source>
        <translation>从目录中选择表和模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse the databases and tables of the plan&apos;s profile, with rows and sizes</source>
        <translation>浏览该维护计划所用连接配置中的数据库和表，包括行数和大小</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> at once</source>
        <translation> 个表并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+10"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Parallelism:</source>
        <translation>并行度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout per table:</source>
        <translation>每个表的超时时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>empty = server default, or 30s, 2m, 1h30m</source>
        <translation>留空 = 服务器默认值，或 30s、2m、1h30m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;duration:</source>
        <translation>服务器端时长(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>超时时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wait:</source>
        <translation>等待(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit duration</source>
        <translation>编辑时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change parallelism</source>
        <translation>更改并行度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change timeout</source>
        <translation>更改超时时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change retries</source>
        <translation>更改重试次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change wait</source>
        <translation>更改等待时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQL that will be sent</source>
        <translation>将发送的 SQL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;flight</source>
        <translation>预检(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect and check the profile, the tables and what the patterns match, without sending mo_ctl</source>
        <translation>连接并检查连接配置、表以及模式匹配的内容，但不发送 mo_ctl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change schedule</source>
        <translation>更改计划任务</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+85"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1</source>
        <translation>禁用 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose tables</source>
        <translation>选择表</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reorder steps</source>
        <translation>调整步骤顺序</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(none: the current profile)</source>
        <translation>（无：使用当前连接配置）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(missing profile %1)</source>
        <translation>（缺失的连接配置 %1）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not scheduled</source>
        <translation>未设置计划任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schedule cannot be used: %1</source>
        <translation>该计划任务无法使用：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pattern %1</source>
        <translation>模式 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 个表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (cannot be used)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>New plan</source>
        <translation>新维护计划</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan was not saved: fix the problems listed first.</source>
        <translation>维护计划未保存：请先修正列出的问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the plan</source>
        <translation>无法保存维护计划</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete plan</source>
        <translation>删除维护计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the plan &quot;%1&quot;?</source>
        <translation>删除维护计划“%1”？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot delete the plan</source>
        <translation>无法删除维护计划</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import plan</source>
        <translation>导入维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans (*.moplan.json *.json);;All files (*)</source>
        <translation>维护计划 (*.moplan.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot import the plan</source>
        <translation>无法导入维护计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export plan</source>
        <translation>导出维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans (*.moplan.json)</source>
        <translation>维护计划 (*.moplan.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the plan</source>
        <translation>无法导出维护计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection for this plan: choose a profile (or select one in the profiles panel).</source>
        <translation>此维护计划没有连接：请选择一个连接配置（或在连接配置面板中选择）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preflight of %1…</source>
        <translation>正在预检 %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan was not run: fix the problems listed first.</source>
        <translation>维护计划未运行：请先修正列出的问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking plan %1</source>
        <translation>正在检查维护计划 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A run is already going.</source>
        <translation>已有运行正在进行。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Running %1 (%n statement(s))…</source>
        <translation>
            <numerusform>正在运行 %1（%n 条语句）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::PlanStore</name>
    <message>
        <location filename="../core/plan/planstore.cpp" line="+208"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not a plan: the document is not a JSON object.</source>
        <translation>不是维护计划：文档不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is not a plan: &quot;format&quot; is not &quot;moctl-plan&quot;.</source>
        <translation>不是维护计划：“format”不是“moctl-plan”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It has no valid format version.</source>
        <translation>没有有效的格式版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was written by a newer version of MOCTL Studio (plan format %1; this version reads up to %2). It is left as it is.</source>
        <translation>该文件由更新版本的 MOCTL Studio 写入（维护计划格式 %1；当前版本最高读取 %2）。文件保持原样。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It has no valid plan id.</source>
        <translation>没有有效的维护计划 ID。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown on-failure policy &quot;%1&quot;.</source>
        <translation>未知的失败处理策略“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;steps&quot; is missing or not a list.</source>
        <translation>“steps”缺失或不是列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind &quot;%1&quot;.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a table is not a JSON object.</source>
        <translation>某个表不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a table needs a database and a table name, or a table id.</source>
        <translation>表需要提供数据库名和表名，或表 ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pattern is not a string.</source>
        <translation>某个模式不是字符串。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+73"/>
        <source>The plan refers to a profile that does not exist (%1).</source>
        <translation>该维护计划引用了不存在的连接配置（%1）。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Another file (%1) holds a plan with the same id.</source>
        <translation>另一个文件（%1）中包含 ID 相同的维护计划。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>There is no such plan.</source>
        <translation>没有该维护计划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a plan.</source>
        <translation>%1 过大，不是有效的维护计划。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>moctl::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language applies fully the next time MOCTL Studio starts.</source>
        <translation>新语言将在下次启动 MOCTL Studio 时完全生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep running in the system tray when the window is closed (schedules go on)</source>
        <translation>关闭窗口后继续在系统托盘中运行（计划任务继续执行）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Defaults for new operations and steps</source>
        <translation>新建操作和步骤的默认值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel flushes</source>
        <translation>并行刷写数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Parallel flushes:</source>
        <translation>并行刷写数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout per operation</source>
        <translation>每个操作的超时时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout per operation:</source>
        <translation>每个操作的超时时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retries (connection lost, server timeout):</source>
        <translation>重试次数（连接中断、服务器超时）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History retention</source>
        <translation>历史记录保留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep runs for days</source>
        <translation>运行保留天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep runs &amp;for:</source>
        <translation>运行保留时长(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep at most runs</source>
        <translation>最多保留的运行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep at &amp;most (runs):</source>
        <translation>最多保留（运行数）(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>moctl::Preflight</name>
    <message>
        <location filename="../core/plan/preflight.cpp" line="+72"/>
        <source>The user belongs to the account &quot;%1&quot;; mo_ctl only runs for the sys account.</source>
        <translation>该用户属于租户“%1”；mo_ctl 只能由 sys 租户执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role &quot;%1&quot; may lack the mo_ctl privilege; MatrixOne grants it to moadmin.</source>
        <translation>角色“%1”可能没有 mo_ctl 权限；MatrixOne 将该权限授予 moadmin。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 (%2).</source>
        <translation>已连接到 %1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not say it is MatrixOne; mo_ctl may not exist there.</source>
        <translation>服务器未表明自己是 MatrixOne；其上可能不存在 mo_ctl。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot list the tables (mo_catalog.mo_tables): %1. Tables and patterns were not checked.</source>
        <translation>无法列出表（mo_catalog.mo_tables）：%1。未检查表和模式。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The table %1 does not exist (any more).</source>
        <translation>表 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pattern %1 matches no table.</source>
        <translation>模式 %1 未匹配任何表。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The pattern %1 matches %n table(s).</source>
        <translation>
            <numerusform>模式 %1 匹配 %n 个表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>About %1 rows and %2 to flush in %n table(s).</source>
        <translation>
            <numerusform>%n 个表中约有 %1 行、%2 数据需要刷写。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::ProfileEditorDialog</name>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="+45"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red (production)</source>
        <translation>红色（生产）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber (staging)</source>
        <translation>琥珀色（预发布）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green (development)</source>
        <translation>绿色（开发）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Profile — %1</source>
        <translation>编辑连接配置 — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example prod-eu</source>
        <translation>例如 prod-eu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user, account:user or account:user:role</source>
        <translation>用户、租户:用户 或 租户:用户:角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MatrixOne user names may name the account and role: account:user:role or account#user#role. A plain user belongs to the sys account.</source>
        <translation>MatrixOne 用户名可以指定租户和角色：租户:用户:角色 或 租户#用户#角色。仅写用户名时属于 sys 租户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save in the system keychain</source>
        <translation>保存到系统钥匙串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>仅在本次会话中记住</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;database:</source>
        <translation>默认数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS and timeouts</source>
        <translation>TLS 与超时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;LS:</source>
        <translation>TLS(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect timeout:</source>
        <translation>连接超时(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read timeout:</source>
        <translation>读取超时(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example who owns the cluster, maintenance windows</source>
        <translation>例如集群负责人、维护时间窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test the connection to see the server version, the account and role, and whether mo_ctl is allowed.</source>
        <translation>测试连接，查看服务器版本、租户和角色，以及是否允许使用 mo_ctl。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个连接配置名为“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account: %1 · User: %2 · Role: %3</source>
        <translation>租户：%1 · 用户：%2 · 角色：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the profile first: %1</source>
        <translation>请先修正连接配置：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileStore</name>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="+64"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>无法读取连接配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles file %1 cannot be used: %2 It was left untouched; profiles are read-only until it is repaired or moved aside.</source>
        <translation>无法使用连接配置文件 %1：%2 文件未作改动；在修复或将其移开之前，连接配置为只读。</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+35"/>
        <source>The profiles are read-only.</source>
        <translation>连接配置为只读。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个连接配置名为“%1”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no such profile.</source>
        <translation>没有该连接配置。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not copy %1 aside; nothing was changed.</source>
        <translation>无法将 %1 另存一份；未做任何更改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write the profiles file %1: %2</source>
        <translation>无法写入连接配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a profiles file (expected a JSON object).</source>
        <translation>不是连接配置文件（应为 JSON 对象）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a profiles file (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>不是连接配置文件（“format”不是“%1”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no valid &quot;version&quot;.</source>
        <translation>没有有效的“version”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was written by a newer version of MOCTL Studio (profiles format %1; this version reads format %2).</source>
        <translation>该文件由更新版本的 MOCTL Studio 写入（连接配置格式 %1；当前版本读取格式 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has no &quot;profiles&quot; list.</source>
        <translation>没有“profiles”列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 of &quot;profiles&quot; is not an object.</source>
        <translation>“profiles”中的第 %1 项不是对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1: %2.</source>
        <translation>第 %1 项：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 repeats the id %2.</source>
        <translation>第 %1 项与 ID %2 重复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile &quot;%1&quot; cannot be imported: %2</source>
        <translation>无法导入连接配置“%1”：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (imported %2)</source>
        <translation>%1（已导入 %2）</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileTreeModel</name>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="+114"/>
        <source>Ungrouped</source>
        <translation>未分组</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 个连接配置</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1
%2@%3:%4
TLS: %5%6</source>
        <translation>%1
%2@%3:%4
TLS：%5%6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>moctl::ProfilesPanel</name>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="+44"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to Group…</source>
        <translation>移动到分组…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter profiles</source>
        <translation>筛选连接配置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move the damaged file aside and start a new list</source>
        <translation>将损坏的文件移到一旁并新建列表</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+89"/>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Start a New Profile List</source>
        <translation>新建连接配置列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged profiles file is copied aside (nothing is deleted) and a new, empty list is started. Continue?</source>
        <translation>损坏的连接配置文件将被另存一份（不会删除任何内容），并新建一个空列表。是否继续？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The damaged profiles file was kept as %1.</source>
        <translation>损坏的连接配置文件已保留为 %1。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No keychain is available on this system.</source>
        <translation>此系统上没有可用的钥匙串。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>删除连接配置“%1”及其保存的密码？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n profile(s) and their saved passwords?</source>
        <translation>
            <numerusform>删除 %n 个连接配置及其保存的密码？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session</source>
        <translation>在本次会话中记住</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No keychain is available; the password is not saved.</source>
        <translation>没有可用的钥匙串；密码未保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password is saved for this profile.</source>
        <translation>此连接配置没有保存密码。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Move to Group</source>
        <translation>移动到分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group (empty for none):</source>
        <translation>分组（留空表示无分组）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Profiles</source>
        <translation>导入连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>连接配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n profile(s). Passwords are not part of the file; enter them when connecting.</source>
        <translation>
            <numerusform>已导入 %n 个连接配置。文件中不包含密码；请在连接时输入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Profiles</source>
        <translation>导出连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json)</source>
        <translation>连接配置 (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n profile(s), without passwords.</source>
        <translation>
            <numerusform>已导出 %n 个连接配置，不含密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::Reply</name>
    <message>
        <location filename="../core/moctl/reply.cpp" line="+56"/>
        <source>the reply is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>不是 JSON（%1，位于偏移量 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected method &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>应为方法“%1”，但收到“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;result&quot; is not a list</source>
        <translation>“result”不是列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a shard result is not an object</source>
        <translation>某个分片结果不是对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a shard result has no returnStr</source>
        <translation>某个分片结果没有 returnStr</translation>
    </message>
</context>
<context>
    <name>moctl::Run</name>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="+100"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>moctl::RunOperationsModel</name>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="+90"/>
        <source>%1
SQL: %2</source>
        <translation>%1
SQL：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running (attempt %1)</source>
        <translation>运行中（第 %1 次尝试）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>moctl::Runner</name>
    <message>
        <location filename="../core/runner/runner.cpp" line="+139"/>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled while waiting to try again after: %1</source>
        <translation>在等待重试时被取消，上次错误：%1</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+41"/>
        <source>Cancelled before it started.</source>
        <translation>在开始前被取消。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Skipped: checkpoints are skipped after a failed step.</source>
        <translation>已跳过：某个步骤失败后将跳过检查点。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Skipped: step %1 failed and the plan stops on failure.</source>
        <translation>已跳过：步骤 %1 失败，且该维护计划设置为失败即停止。</translation>
    </message>
</context>
<context>
    <name>moctl::Schedule</name>
    <message>
        <location filename="../core/schedule/schedule.cpp" line="+376"/>
        <source>Queue one run until the previous run ends</source>
        <translation>排队一次运行，待上一次运行结束后执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the run while the previous run is still going</source>
        <translation>上一次运行仍在进行时跳过本次运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip missed runs</source>
        <translation>跳过错过的运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run once as soon as possible</source>
        <translation>尽快补运行一次</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The interval must be from 1 to %1 minutes.</source>
        <translation>间隔必须在 1 到 %1 分钟之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interval must be from 1 to %1 hours.</source>
        <translation>间隔必须在 1 到 %1 小时之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one day of the week.</source>
        <translation>请至少选择一周中的一天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day of the week is out of range.</source>
        <translation>某个星期几超出范围。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one time of day.</source>
        <translation>请至少选择一个时间点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time of day is not valid.</source>
        <translation>某个时间点无效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The active window needs both a start and an end time.</source>
        <translation>活动时段需要同时指定开始时间和结束时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The active window must not start and end at the same time.</source>
        <translation>活动时段的开始时间和结束时间不能相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown schedule kind &quot;%1&quot;.</source>
        <translation>未知的计划任务类型“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schedule&apos;s interval (&quot;every&quot;) must be a whole number.</source>
        <translation>计划任务的间隔（“every”）必须是整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a time of day (HH:mm).</source>
        <translation>“%1”不是有效的时间（HH:mm）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a day of the week (mon ... sun).</source>
        <translation>“%1”不是有效的星期几（mon ... sun）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The schedule&apos;s active window needs &quot;from&quot; and &quot;to&quot; times (HH:mm).</source>
        <translation>计划任务的活动时段需要“from”和“to”时间（HH:mm）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown overlap policy &quot;%1&quot;.</source>
        <translation>未知的重叠策略“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown missed-run policy &quot;%1&quot;.</source>
        <translation>未知的错过运行策略“%1”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minutes</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Every day at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every weekday</source>
        <translation>每个工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every weekend day</source>
        <translation>每个周末日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every %1</source>
        <translation>每%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 between %2 and %3</source>
        <translation>%1，%2 至 %3 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, until %2</source>
        <translation>%1，至 %2 止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 time)</source>
        <translation>%1（%2 时间）</translation>
    </message>
</context>
<context>
    <name>moctl::ScheduleEditor</name>
    <message>
        <location filename="../widgets/scheduleeditor.cpp" line="+62"/>
        <source>Run this plan on a &amp;schedule</source>
        <translation>按计划任务运行此维护计划(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few minutes</source>
        <translation>每隔几分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few hours</source>
        <translation>每隔几小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On days of the week</source>
        <translation>每周指定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;very:</source>
        <translation>间隔(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times of day</source>
        <translation>时间点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>02:30, 14:00</source>
        <translation>02:30, 14:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more times of day (HH:mm), separated by commas.</source>
        <translation>一个或多个时间点（HH:mm），以英文逗号分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At &amp;times:</source>
        <translation>时间点(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On &amp;days:</source>
        <translation>星期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time of day</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;t:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;between</source>
        <translation>仅限时段(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active window start</source>
        <translation>活动时段开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active window end</source>
        <translation>活动时段结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active window:</source>
        <translation>活动时段：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System time zone (%1)</source>
        <translation>系统时区（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the previous run is still going</source>
        <translation>上一次运行仍在进行时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If still &amp;running:</source>
        <translation>若仍在运行(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs missed while the computer was off</source>
        <translation>计算机关机期间错过的运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Missed runs:</source>
        <translation>错过的运行(&amp;M)：</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Next %n run(s):</source>
        <translation>
            <numerusform>接下来的 %n 次运行：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next runs</source>
        <translation>接下来的运行</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Write the times of day as HH:mm, separated by commas (for example 02:30, 14:00).</source>
        <translation>请以 HH:mm 格式填写每天的时间，以逗号分隔（例如 02:30, 14:00）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>This schedule is not complete.</source>
        <translation>该计划任务尚未填写完整。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 here</source>
        <translation>本地时间 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, next: %2</source>
        <translation>%1，下次运行：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; no run is left.</source>
        <translation>%1；已没有后续运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scheduled (paused): %1</source>
        <translation>不会按计划运行（已暂停）：%1</translation>
    </message>
</context>
<context>
    <name>moctl::ScheduleTray</name>
    <message>
        <location filename="../widgets/scheduletray.cpp" line="+16"/>
        <source>&amp;Open MOCTL Studio</source>
        <translation>打开 MOCTL Studio(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause All Schedules</source>
        <translation>暂停所有计划任务(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>MOCTL Studio: schedules are running</source>
        <translation>MOCTL Studio：计划任务正在运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MOCTL Studio: all schedules are paused</source>
        <translation>MOCTL Studio：所有计划任务均已暂停</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scheduled run of %1 failed: %2</source>
        <translation>%1 的计划任务运行失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled run failed</source>
        <translation>计划任务运行失败</translation>
    </message>
</context>
<context>
    <name>moctl::Scheduler</name>
    <message>
        <location filename="../core/schedule/planschedules.cpp" line="+34"/>
        <source>not a plan file</source>
        <translation>不是维护计划文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the plan has no id</source>
        <translation>该维护计划没有 ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its schedule cannot be used: %1</source>
        <translation>其计划任务无法使用：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The plan %1 was not found in %2.</source>
        <translation>在 %2 中未找到维护计划 %1。</translation>
    </message>
    <message>
        <location filename="../core/schedule/scheduler.cpp" line="+66"/>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started (missed run)</source>
        <translation>已启动（错过的运行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (still running)</source>
        <translation>已跳过（仍在运行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>The run due at %1 was missed (the scheduler was not running).</source>
        <translation>原定于 %1 的运行已错过（调度器当时未运行）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n runs due from %1 to %2 were missed (the scheduler was not running).</source>
        <translation>
            <numerusform>原定于 %1 至 %2 的 %n 次运行已错过（调度器当时未运行）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The missed-run policy skips them.</source>
        <translation>根据错过运行的处理策略，将跳过这些运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run due now covers them.</source>
        <translation>当前到期的运行将涵盖这些运行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One run starts now for them.</source>
        <translation>现在启动一次运行来补上这些运行。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The latest %n of them run now, one after another.</source>
        <translation>
            <numerusform>现在依次运行其中最近的 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>in another process (pid %1)</source>
        <translation>另一个进程（PID %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The previous run is still going.</source>
        <translation>上一次运行仍在进行中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous run is still going %1.</source>
        <translation>上一次运行仍在%1中进行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run due at %1 starts when it ends.</source>
        <translation>原定于 %1 的运行将在其结束后启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One run is already queued; the run due at %1 is skipped.</source>
        <translation>已有一个运行在排队；原定于 %1 的运行将被跳过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run due at %1 is skipped.</source>
        <translation>原定于 %1 的运行将被跳过。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+49"/>
        <source>Started the missed run due at %1.</source>
        <translation>已启动原定于 %1 的错过的运行。</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Started the run due at %1.</source>
        <translation>已启动原定于 %1 的运行。</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+51"/>
        <source>The run due at %1 could not start: %2</source>
        <translation>原定于 %1 的运行无法启动：%2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>It had waited for the previous run.</source>
        <translation>该运行曾等待上一次运行结束。</translation>
    </message>
    <message>
        <location filename="../core/schedule/schedulestate.cpp" line="+50"/>
        <source>Cannot read the schedule state %1: %2</source>
        <translation>无法读取计划任务状态 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The schedule state %1 is damaged; it is left as it is and the scheduler keeps its state in memory.</source>
        <translation>计划任务状态 %1 已损坏；文件保持原样，调度器将在内存中保存其状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The schedule state %1 was written by a newer version; it is left as it is and the scheduler keeps its state in memory.</source>
        <translation>计划任务状态 %1 由更新版本写入；文件保持原样，调度器将在内存中保存其状态。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+6"/>
        <source>Cannot write the schedule state %1: %2</source>
        <translation>无法写入计划任务状态 %1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The schedule state is locked by another process (%1).</source>
        <translation>计划任务状态被另一个进程锁定（%1）。</translation>
    </message>
</context>
<context>
    <name>moctl::SchedulesModel</name>
    <message>
        <location filename="../widgets/schedulesmodel.cpp" line="+165"/>
        <source>(current profile)</source>
        <translation>（当前连接配置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(missing profile)</source>
        <translation>（连接配置缺失）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+14"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>None left</source>
        <translation>无后续运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs on its schedule</source>
        <translation>按计划任务运行</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>moctl::SchedulesPage</name>
    <message>
        <location filename="../widgets/scheduleeditor.cpp" line="+8"/>
        <source>Schedule of %1</source>
        <translation>%1 的计划任务</translation>
    </message>
    <message>
        <location filename="../widgets/schedulespage.cpp" line="+32"/>
        <source>&amp;Edit Schedule…</source>
        <translation>编辑计划任务(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause All Schedules</source>
        <translation>暂停所有计划任务(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing runs on a schedule until you resume; runs that pass meanwhile are not caught up.</source>
        <translation>在恢复之前，不会按计划任务运行任何内容；期间错过的运行不会补上。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Schedules</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan has a schedule yet. On the Plans page, open a plan and choose &lt;b&gt;Schedule…&lt;/b&gt; to run it every night, every few hours or on chosen days; its runs and the scheduler&apos;s decisions show here.</source>
        <translation>尚无维护计划设置计划任务。在“维护计划”页打开一个维护计划并选择 &lt;b&gt;计划任务…&lt;/b&gt;，即可让它每晚、每隔几小时或在指定日期运行；其运行情况和调度器的决策会显示在这里。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent scheduler &amp;decisions:</source>
        <translation>调度器最近的决策(&amp;D)：</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The scheduler is not running.</source>
        <translation>调度器未在运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All schedules are paused.</source>
        <translation>所有计划任务均已暂停。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedules are running.</source>
        <translation>计划任务正在运行。</translation>
    </message>
</context>
<context>
    <name>moctl::SecretStore</name>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="+30"/>
        <source>The keychain did not answer within two minutes.</source>
        <translation>钥匙串在两分钟内没有响应。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No keychain is available on this system (%1); the password was not saved or read there.</source>
        <translation>此系统上没有可用的钥匙串（%1）；密码未在其中保存或读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain failed: %1</source>
        <translation>钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>moctl::Statement</name>
    <message>
        <location filename="../core/moctl/statement.cpp" line="+74"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains a dot, so MatrixOne cannot address it by name; it must be flushed by table id.</source>
        <translation>%1 包含点号，MatrixOne 无法按名称访问它；必须按表 ID 刷写。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a duration such as 30s, 2m or 1h30m.</source>
        <translation>“%1”不是有效的时长，例如 30s、2m 或 1h30m。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown operation.</source>
        <translation>未知操作。</translation>
    </message>
</context>
<context>
    <name>moctl::TablePattern</name>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="+87"/>
        <source>Cannot read the pattern &quot;%1&quot;: %2</source>
        <translation>无法读取模式“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is empty</source>
        <translation>模式为空</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+13"/>
        <source>a name part is empty</source>
        <translation>名称的某一部分为空</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>spaces need backticks around the name</source>
        <translation>包含空格的名称需要用反引号括起来</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a backtick is not closed</source>
        <translation>反引号未闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a name, or database.table (use backticks for names containing dots)</source>
        <translation>应为名称，或 数据库.表（名称中含有点号时请使用反引号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name part is longer than 256 characters</source>
        <translation>名称的某一部分超过 256 个字符</translation>
    </message>
</context>
<context>
    <name>moctl::TableSelection</name>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="+139"/>
        <source>&quot;tables&quot; must be a list.</source>
        <translation>“tables”必须是列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table %1 of the selection is not an object.</source>
        <translation>选择中的第 %1 个表不是对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table %1 of the selection needs both &quot;database&quot; and &quot;table&quot; as text.</source>
        <translation>选择中的第 %1 个表需要以文本形式同时提供“database”和“table”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1 of the selection: %2</source>
        <translation>选择中的第 %1 个表：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 of the selection has an id that is not a table id.</source>
        <translation>选择中的第 %1 个表的 ID 不是有效的表 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 of the selection has an account that is not an account id.</source>
        <translation>选择中的第 %1 个表的租户不是有效的租户 ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table %1 of the selection names no table and no id.</source>
        <translation>选择中的第 %1 个表既没有表名也没有 ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;patterns&quot; must be a list.</source>
        <translation>“patterns”必须是列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pattern of the selection is not text.</source>
        <translation>选择中的某个模式不是文本。</translation>
    </message>
</context>
<context>
    <name>moctl::TableSelectorDialog</name>
    <message>
        <location filename="../widgets/tableselectordialog.cpp" line="+14"/>
        <source>Select Tables</source>
        <translation>选择表</translation>
    </message>
</context>
<context>
    <name>moctl::TableSelectorWidget</name>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="+50"/>
        <source>Filter: part of a name, or a pattern such as sales_* or *.event_*</source>
        <translation>筛选：名称的一部分，或模式，例如 sales_* 或 *.event_*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tables</source>
        <translation>筛选表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;system databases</source>
        <translation>显示系统数据库(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show system databases</source>
        <translation>显示系统数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list of tables</source>
        <translation>刷新表列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the databases and tables from the server again</source>
        <translation>重新从服务器读取数据库和表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases and their tables; space checks or unchecks the current row</source>
        <translation>数据库及其表；按空格键勾选或取消勾选当前行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select all &amp;visible</source>
        <translation>全选可见项(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all visible tables</source>
        <translation>选择所有可见的表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected tables</source>
        <translation>已选择的表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog status</source>
        <translation>目录状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pattern, e.g. analytics_db.* or *.event_* (empty: the filter text)</source>
        <translation>模式，例如 analytics_db.* 或 *.event_*（留空：使用筛选文本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pattern</source>
        <translation>新模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;pattern</source>
        <translation>添加模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pattern</source>
        <translation>添加模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern selects the tables that match it when the selection is used, so tables created later are included</source>
        <translation>模式会在使用该选择时选中与之匹配的表，因此之后新建的表也会包含在内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pattern</source>
        <translation>删除模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected pattern</source>
        <translation>删除所选模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patterns</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pa&amp;ttern:</source>
        <translation>模式(&amp;T)：</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Type a pattern (or a filter) first, e.g. analytics_db.* or *.event_*.</source>
        <translation>请先输入模式（或筛选文本），例如 analytics_db.* 或 *.event_*。</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>The patterns match %n table(s) now; they are resolved again each time the selection is used.</source>
        <translation>
            <numerusform>这些模式当前匹配 %n 个表；每次使用该选择时都会重新解析。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n table(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows, %2</source>
        <translation>%1 行，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(+%n not in the current list)</source>
        <translation>
            <numerusform>（另有 %n 个不在当前列表中）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading databases and tables from %1…</source>
        <translation>正在从 %1 读取数据库和表…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot list the tables: %1</source>
        <translation>无法列出表：%1</translation>
    </message>
</context>
<context>
    <name>moctl::TableTreeModel</name>
    <message numerus="yes">
        <location filename="../widgets/tabletreemodel.cpp" line="+292"/>
        <source>Database %1: %n table(s)</source>
        <translation>
            <numerusform>数据库 %1：%n 个表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System database</source>
        <translation>系统数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Table id %1</source>
        <translation>表 ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name contains a dot: it is flushed by table id.</source>
        <translation>名称中包含点号：将按表 ID 刷写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 in %2</source>
        <translation>%2 中的表 %1</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>moctl::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+27"/>
        <source>flush tables: flush DB.TABLE... | --id N [--account ID]</source>
        <translation>刷写表：flush DB.TABLE... | --id N [--account ID]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>force an incremental checkpoint [--duration 30s]</source>
        <translation>强制执行增量检查点 [--duration 30s]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>force a global checkpoint [--duration 30s]</source>
        <translation>强制执行全局检查点 [--duration 30s]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list tables with ids, rows and sizes: tables [DB...] [--system]</source>
        <translation>列出表及其 ID、行数和大小：tables [DB...] [--system]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run a saved plan: run-plan FILE|NAME [--profile NAME] [--dry-run]</source>
        <translation>运行已保存的维护计划：run-plan FILE|NAME [--profile NAME] [--dry-run]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved plans: plans list | show FILE|NAME | validate [FILE|NAME]</source>
        <translation>已保存的维护计划：plans list | show FILE|NAME | validate [FILE|NAME]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved connection profiles: list | show NAME | add NAME --host H [...] | remove NAME | export [NAME...] | import FILE</source>
        <translation>已保存的连接配置：list | show NAME | add NAME --host H [...] | remove NAME | export [NAME...] | import FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list recorded runs [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]; --format text|json|csv</source>
        <translation>列出已记录的运行 [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]；--format text|json|csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled plans: schedule list | run [--grace MIN] [--wait S] (cron, timers)</source>
        <translation>按计划任务运行的维护计划：schedule list | run [--grace MIN] [--wait S]（供 cron、定时器调用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep running and run plans on their schedules [--grace MIN]</source>
        <translation>持续运行，并按计划任务运行维护计划 [--grace MIN]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: moctl [options] COMMAND [command options]</source>
        <translation>用法：moctl [选项] 命令 [命令选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance operations for MatrixOne clusters (mo_ctl).</source>
        <translation>MatrixOne 集群运维操作（mo_ctl）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server host (127.0.0.1)</source>
        <translation>服务器主机（127.0.0.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server port (6001)</source>
        <translation>服务器端口（6001）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user, also account:user[:role] or account#user[#role] (root)</source>
        <translation>用户，也可写作 account:user[:role] 或 account#user[#role]（root）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a saved connection profile</source>
        <translation>使用已保存的连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from standard input (else MOCTL_PASSWORD)</source>
        <translation>从标准输入读取密码（否则使用 MOCTL_PASSWORD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the SQL that would be sent and send nothing</source>
        <translation>打印将要发送的 SQL，但不发送任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where profiles, plans and history are kept</source>
        <translation>连接配置、维护计划和历史记录的存放位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flush and checkpoint options: --timeout SECONDS, --retries N, --parallel N (flush).</source>
        <translation>刷写和检查点选项：--timeout SECONDS、--retries N、--parallel N（刷写）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or bad input (nothing sent), 3 cannot connect or authenticate, 4 timed out or cancelled.</source>
        <translation>退出码：0 成功，1 有操作失败，2 用法错误或输入无效（未发送任何内容），3 无法连接或认证失败，4 超时或已取消。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <location line="+90"/>
        <location filename="../core/cli/cli_history.cpp" line="+186"/>
        <source>(%1 attempts)</source>
        <translation>（尝试 %1 次）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port 的取值为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never taken as arguments; use MOCTL_PASSWORD or --password-stdin.</source>
        <translation>不接受通过参数传递密码；请使用 MOCTL_PASSWORD 或 --password-stdin。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format takes text, json or csv.</source>
        <translation>--format 的取值为 text、json 或 csv。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>Unknown command &quot;%1&quot;. See moctl --help.</source>
        <translation>未知命令“%1”。请参阅 moctl --help。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="+46"/>
        <location filename="../core/cli/cli_profiles.cpp" line="+97"/>
        <location line="+172"/>
        <source>No profile is called &quot;%1&quot; (see moctl profiles list).</source>
        <translation>没有名为“%1”的连接配置（参见 moctl profiles list）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No password is stored for profile &quot;%1&quot;; trying without one (set MOCTL_PASSWORD or use --password-stdin).</source>
        <translation>连接配置“%1”没有保存密码；将尝试不使用密码（请设置 MOCTL_PASSWORD 或使用 --password-stdin）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set MOCTL_PASSWORD or use --password-stdin.</source>
        <translation>请设置 MOCTL_PASSWORD 或使用 --password-stdin。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>warning: this run is not recorded in the history.</source>
        <translation>警告：本次运行不会记录到历史记录中。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="-85"/>
        <source>--limit takes a whole number (0 = all).</source>
        <translation>--limit 的取值为整数（0 表示全部）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--run takes a run id (a positive number).</source>
        <translation>--run 的取值为运行 ID（正整数）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--purge-older-than takes a number of days (1 or more).</source>
        <translation>--purge-older-than 的取值为天数（1 或更大）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--status takes running, ok, failed, partial, cancelled or interrupted, not &quot;%1&quot;.</source>
        <translation>--status 的取值为 running、ok、failed、partial、cancelled 或 interrupted，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown option %1 for history.</source>
        <translation>history 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/cli/cli_ops.cpp" line="+206"/>
        <location filename="../core/cli/cli_plans.cpp" line="+59"/>
        <location line="+111"/>
        <location line="+41"/>
        <location filename="../core/cli/cli_profiles.cpp" line="-214"/>
        <location line="+37"/>
        <location line="+73"/>
        <location line="+134"/>
        <location filename="../core/cli/cli_schedule.cpp" line="+124"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--purge-older-than and --run cannot be combined.</source>
        <translation>--purge-older-than 和 --run 不能同时使用。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n run(s) purged.</source>
        <translation>
            <numerusform>已清除 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No run %1 in the history.</source>
        <translation>历史记录中没有运行 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1: %2, %3 (%4), started %5, %6</source>
        <translation>运行 %1：%2，%3（%4），开始于 %5，%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ad hoc</source>
        <translation>临时</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No runs recorded.</source>
        <translation>没有已记录的运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/cli/cli_tables.cpp" line="+86"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK/all</source>
        <translation>成功/总数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile / plan</source>
        <translation>连接配置 / 维护计划</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="-165"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout 的取值为 0 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--retries takes a whole number from 0 to 20.</source>
        <translation>--retries 的取值为 0 到 20 之间的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--parallel takes a whole number from 1 to 64.</source>
        <translation>--parallel 的取值为 1 到 64 之间的整数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 contains a dot; its id is looked up first:</source>
        <translation>%1 包含点号；将先查找其 ID：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped</source>
        <translation>%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--account takes a numeric account id.</source>
        <translation>--account 的取值为数字租户 ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--id takes a numeric table id, not &quot;%1&quot;.</source>
        <translation>--id 的取值为数字表 ID，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option %1 for flush.</source>
        <translation>flush 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>flush needs at least one table (db.table) or --id N.</source>
        <translation>flush 需要至少一个表（db.table）或 --id N。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/cli/cli_schedule.cpp" line="-2"/>
        <location line="+11"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="-275"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user may be account:user[:role] or account#user[#role]. add --password-stdin stores the password in the OS keychain; it is never written to the profiles file.</source>
        <translation>用户可以写作 account:user[:role] 或 account#user[#role]。add --password-stdin 会将密码保存到操作系统钥匙串中；密码永远不会写入连接配置文件。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No profiles. Add one with: moctl profiles add NAME --host H --user U</source>
        <translation>没有连接配置。可使用以下命令添加：moctl profiles add NAME --host H --user U</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the profile.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as</source>
        <translation>发送形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read timeout</source>
        <translation>读取超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown option %1 for profiles add.</source>
        <translation>profiles add 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profiles add needs a NAME.</source>
        <translation>profiles add 需要 NAME。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add needs --host.</source>
        <translation>profiles add 需要 --host。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--colour takes #rrggbb, for example #d32f2f.</source>
        <translation>--colour 的取值为 #rrggbb，例如 #d32f2f。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--tls takes disabled, preferred, required or verify-ca.</source>
        <translation>--tls 的取值为 disabled、preferred、required 或 verify-ca。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile called &quot;%1&quot; already exists; remove it first.</source>
        <translation>名为“%1”的连接配置已存在；请先删除它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation>已添加连接配置“%1”（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is stored in the keychain.</source>
        <translation>密码已保存在钥匙串中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password was not saved: give it with MOCTL_PASSWORD or --password-stdin when connecting.</source>
        <translation>密码未保存：连接时请通过 MOCTL_PASSWORD 或 --password-stdin 提供。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>已删除连接配置“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown option %1 for profiles export.</source>
        <translation>profiles export 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个连接配置导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown option %1 for profiles import.</source>
        <translation>profiles import 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profiles import needs a FILE (or - for standard input).</source>
        <translation>profiles import 需要 FILE（或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n profile(s). Passwords are not part of an export: store them with the profile editor or give MOCTL_PASSWORD.</source>
        <translation>
            <numerusform>已导入 %n 个连接配置。导出文件中不包含密码：请在连接配置编辑器中保存密码，或提供 MOCTL_PASSWORD。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unknown profiles command &quot;%1&quot;: use list, show, add, remove, export or import.</source>
        <translation>未知的 profiles 命令“%1”：请使用 list、show、add、remove、export 或 import。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="-2"/>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROWS</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown option %1 for tables.</source>
        <translation>tables 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database name is empty or contains a NUL character.</source>
        <translation>某个数据库名称为空或包含 NUL 字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tables only reads the catalog:</source>
        <translation>tables 只读取目录：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot list the tables: %1</source>
        <translation>无法列出表：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database &quot;%1&quot; not found</source>
        <translation>未找到数据库“%1”</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_plans.cpp" line="-156"/>
        <source>Name a plan (its name, id or file).</source>
        <translation>请指定一个维护计划（名称、ID 或文件）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+108"/>
        <source>No plan &quot;%1&quot; in %2 (and no such file).</source>
        <translation>%2 中没有维护计划“%1”（也没有该文件）。</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The plan file %1 cannot be used: %2</source>
        <translation>无法使用维护计划文件 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BROKEN</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plans in %1.</source>
        <translation>%1 中没有维护计划。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan:</source>
        <translation>维护计划：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>连接配置：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On failure:</source>
        <translation>失败时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ok</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown option %1 for plans.</source>
        <translation>plans 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown plans command &quot;%1&quot;: use list, show or validate.</source>
        <translation>未知的 plans 命令“%1”：请使用 list、show 或 validate。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option %1 for run-plan.</source>
        <translation>run-plan 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Give --profile NAME to run it.</source>
        <translation>%1 请使用 --profile NAME 指定运行所用的连接配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan &quot;%1&quot; is not valid; nothing was sent.</source>
        <translation>维护计划“%1”无效；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot resolve the plan&apos;s patterns: %1</source>
        <translation>无法解析维护计划中的模式：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_schedule.cpp" line="-27"/>
        <source>--grace takes minutes from 0 to 1440.</source>
        <translation>--grace 的取值为 0 到 1440 之间的分钟数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--wait takes seconds from 0 to 86400.</source>
        <translation>--wait 的取值为 0 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none left</source>
        <translation>无后续运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next:</source>
        <translation>下次运行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan has a schedule.</source>
        <translation>没有维护计划设置了计划任务。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Some queued runs could not start: their plans are still running in another process (see --wait).</source>
        <translation>部分排队的运行无法启动：其维护计划仍在另一个进程中运行（参见 --wait）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown schedule command &quot;%1&quot;: use list or run.</source>
        <translation>未知的 schedule 命令“%1”：请使用 list 或 run。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stopping: the scheduler stops and running plans are cancelled.</source>
        <translation>正在停止：调度器将停止，正在运行的维护计划将被取消。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot set up signal handling.</source>
        <translation>无法设置信号处理。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>moctl serve: %n scheduled plan(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>moctl serve：%n 个按计划任务运行的维护计划；按 Ctrl+C 或发送 SIGTERM 停止。</numerusform>
        </translation>
    </message>
</context>
</TS>
