<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MoError</name>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="93"/>
        <source>MatrixOne rejected the argument: %1</source>
        <translation>MatrixOne 拒绝了该参数：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="98"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="101"/>
        <source>The server refused the user name or password: %1</source>
        <translation>服务器拒绝了用户名或密码：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="104"/>
        <source>Permission denied. mo_ctl must be run by a user of the sys account with the moadmin role (for example root). Server said: %1</source>
        <translation>权限不足。mo_ctl 必须由 sys 租户下具有 moadmin 角色的用户（例如 root）执行。服务器返回：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="110"/>
        <source>Database not found (MatrixOne answered &quot;%1&quot;).</source>
        <translation>数据库不存在（MatrixOne 返回“%1”）。</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="112"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="115"/>
        <source>MatrixOne timed out while doing the work: %1</source>
        <translation>MatrixOne 执行该操作时超时：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="118"/>
        <source>No answer within the time limit; the statement was cancelled on the server.</source>
        <translation>在时间限制内未收到应答；该语句已在服务器上取消。</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="121"/>
        <source>Cancelled; the running statement was stopped on the server.</source>
        <translation>已取消；正在执行的语句已在服务器上停止。</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="124"/>
        <source>The server&apos;s reply could not be understood: %1</source>
        <translation>无法解析服务器的应答：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="127"/>
        <source>MatrixOne reported a failure: %1</source>
        <translation>MatrixOne 报告失败：%1</translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="130"/>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="44"/>
        <source>Maintenance for MatrixOne clusters</source>
        <translation>MatrixOne 集群运维工具</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="91"/>
        <source>Connect to a profile first (Profiles, Connect).</source>
        <translation>请先连接到一个连接配置（连接配置 → 连接）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="101"/>
        <source>No password given; nothing was run.</source>
        <translation>未提供密码；未执行任何操作。</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionFactory</name>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="85"/>
        <source>Unknown host %1.</source>
        <translation>未知主机 %1。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="88"/>
        <source>Connection refused by %1:%2 (is the server running?).</source>
        <translation>%1:%2 拒绝连接（服务器是否在运行？）。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="93"/>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation>%3 秒内未能连接到 %1:%2。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="99"/>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="106"/>
        <source>%1:%2 accepted the connection but sent no greeting within %3 s (the server is hanging or is not a MySQL-protocol server).</source>
        <translation>%1:%2 接受了连接，但在 %3 秒内未发送握手信息（服务器无响应，或不是 MySQL 协议的服务器）。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="127"/>
        <source>The Qt MySQL driver (QMYSQL) is not installed.</source>
        <translation>未安装 Qt MySQL 驱动（QMYSQL）。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="175"/>
        <source>The profile requires TLS but the server did not offer an encrypted connection.</source>
        <translation>该连接配置要求 TLS，但服务器未提供加密连接。</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionProfile</name>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="21"/>
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="27"/>
        <source>Use either &quot;:&quot; or &quot;#&quot; to separate account, user and role, not both.</source>
        <translation>请使用“:”或“#”之一分隔租户、用户和角色，不要混用。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="36"/>
        <source>A user name has at most three parts: account%1user%1role.</source>
        <translation>用户名最多包含三部分：租户%1用户%1角色。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="41"/>
        <source>&quot;%1&quot; has an empty part; write account%2user or account%2user%2role.</source>
        <translation>“%1”中有空的部分；请写成 租户%2用户 或 租户%2用户%2角色。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="95"/>
        <source>The profile has no id.</source>
        <translation>该连接配置没有 ID。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="97"/>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="99"/>
        <source>Enter the server host.</source>
        <translation>请输入服务器主机。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="101"/>
        <source>The host must not contain spaces.</source>
        <translation>主机中不能包含空格。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="103"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="105"/>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="108"/>
        <source>Account, user and role must not contain &quot;:&quot; or &quot;#&quot;.</source>
        <translation>租户、用户和角色中不能包含“:”或“#”。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="113"/>
        <source>&quot;Verify CA&quot; needs a CA certificate file.</source>
        <translation>“验证 CA”需要 CA 证书文件。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="115"/>
        <source>A client certificate needs its key file, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的密钥文件，密钥也需要对应的证书。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="117"/>
        <source>The connect timeout must be from 1 to 3600 seconds.</source>
        <translation>连接超时必须在 1 到 3600 秒之间。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="119"/>
        <source>The read timeout must be from 1 to 86400 seconds.</source>
        <translation>读取超时必须在 1 到 86400 秒之间。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="146"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="147"/>
        <source>Preferred (use TLS when the server offers it)</source>
        <translation>首选（服务器支持时使用 TLS）</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="148"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="149"/>
        <source>Required, verify the server against the CA</source>
        <translation>必需，并用 CA 验证服务器</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="194"/>
        <source>a profile has no valid id</source>
        <translation>某个连接配置没有有效的 ID</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="197"/>
        <source>profile %1 has no name</source>
        <translation>连接配置 %1 没有名称</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="200"/>
        <source>profile &quot;%1&quot;: &quot;%2&quot; must be a string</source>
        <translation>连接配置“%1”：“%2”必须是字符串</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="208"/>
        <source>profile &quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>连接配置“%1”：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="219"/>
        <source>profile &quot;%1&quot;: unknown TLS mode &quot;%2&quot;</source>
        <translation>连接配置“%1”：未知的 TLS 模式“%2”</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionTester</name>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="129"/>
        <source>The host name could not be resolved (DNS). Check the host. Server said: %1</source>
        <translation>无法解析主机名（DNS）。请检查主机。服务器返回：%1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="132"/>
        <source>The connection was refused: nothing listens on that host and port. Check the port (MatrixOne uses 6001) and that the server is running.</source>
        <translation>连接被拒绝：该主机和端口上没有服务在监听。请检查端口（MatrixOne 使用 6001）以及服务器是否在运行。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="135"/>
        <source>No answer before the connect timeout: the host may be down or a firewall drops the connection.</source>
        <translation>在连接超时之前未收到应答：主机可能已停机，或防火墙丢弃了连接。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="138"/>
        <source>The server refused the user name or password (%1). Check the password and the account:user form of the user name.</source>
        <translation>服务器拒绝了用户名或密码（%1）。请检查密码以及“租户:用户”形式的用户名。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="142"/>
        <source>The TLS connection failed: %1 Check the TLS mode and the CA, certificate and key files.</source>
        <translation>TLS 连接失败：%1 请检查 TLS 模式以及 CA、证书和密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="154"/>
        <source>Yes: sys account with the moadmin role.</source>
        <translation>是：sys 租户，具有 moadmin 角色。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="156"/>
        <source>Probably: sys account with the user&apos;s default role (moadmin for root). Give the role explicitly (sys:user:moadmin) to be sure.</source>
        <translation>可能：sys 租户，使用该用户的默认角色（root 的默认角色为 moadmin）。为确保无误，请明确指定角色（sys:user:moadmin）。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="159"/>
        <source>Probably not: mo_ctl needs the moadmin role; this user connects with role &quot;%1&quot;.</source>
        <translation>可能不允许：mo_ctl 需要 moadmin 角色；该用户以角色“%1”连接。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="161"/>
        <source>No: account &quot;%1&quot; is not sys; mo_ctl is only allowed to the sys account.</source>
        <translation>否：租户“%1”不是 sys；只有 sys 租户可以使用 mo_ctl。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="171"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="172"/>
        <source>Server version: %1</source>
        <translation>服务器版本：%1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="173"/>
        <source>This is MatrixOne.</source>
        <translation>这是 MatrixOne。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="174"/>
        <source>This does not look like MatrixOne (the version does not say so).</source>
        <translation>这看起来不是 MatrixOne（版本信息中未表明）。</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="175"/>
        <source>Connected as: %1 (account %2, user %3, role %4)</source>
        <translation>连接身份：%1（租户 %2，用户 %3，角色 %4）</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="177"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="178"/>
        <source>mo_ctl privilege: %1</source>
        <translation>mo_ctl 权限：%1</translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="179"/>
        <source>Round trip: %1 ms (connect %2 ms)</source>
        <translation>往返耗时：%1 毫秒（连接 %2 毫秒）</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryStore</name>
    <message>
        <location filename="../core/history/historystore.cpp" line="443"/>
        <source>Cannot open the history file.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="450"/>
        <location filename="../core/history/historystore.cpp" line="463"/>
        <location filename="../core/history/historystore.cpp" line="526"/>
        <source>Cannot read the history file.</source>
        <translation>无法读取历史记录文件。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="458"/>
        <location filename="../core/history/historystore.cpp" line="529"/>
        <source>The file is an SQLite database but not a MOCTL Studio history.</source>
        <translation>该文件是 SQLite 数据库，但不是 MOCTL Studio 的历史记录。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="467"/>
        <location filename="../core/history/historystore.cpp" line="532"/>
        <source>The history file was written by a newer version of MOCTL Studio (schema %1; this version understands up to %2). It was left untouched.</source>
        <translation>该历史记录文件由更新版本的 MOCTL Studio 写入（架构版本 %1；当前版本最高支持 %2）。文件未作改动。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="483"/>
        <source>Cannot use the history file.</source>
        <translation>无法使用该历史记录文件。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="617"/>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation>历史记录文件已损坏（%1）。已将其保留为 %2，并新建了历史记录。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="621"/>
        <source>It could not be moved aside, so history is not recorded.</source>
        <translation>无法将其移到一旁，因此不会记录历史。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="626"/>
        <source>History is not available: %1 (%2)</source>
        <translation>历史记录不可用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="676"/>
        <source>The process running it ended before the run was finished.</source>
        <translation>执行该运行的进程在运行结束前已退出。</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="710"/>
        <source>The run could not be recorded in the history: %1</source>
        <translation>无法将该运行写入历史记录：%1</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="748"/>
        <source>An outcome could not be recorded in the history: %1</source>
        <translation>无法将某个结果写入历史记录：%1</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="771"/>
        <source>The end of a run could not be recorded in the history: %1</source>
        <translation>无法将运行的结束写入历史记录：%1</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="793"/>
        <source>An event could not be recorded in the history: %1</source>
        <translation>无法将某个事件写入历史记录：%1</translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="1112"/>
        <source>The history file cannot be opened.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
</context>
<context>
    <name>moctl::Identifier</name>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="43"/>
        <source>The %1 name is empty.</source>
        <translation>%1名称为空。</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="45"/>
        <source>The %1 name contains a NUL character, which no server accepts.</source>
        <translation>%1名称包含 NUL 字符，任何服务器都不接受。</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="48"/>
        <source>The %1 name is %2 characters long; names are limited to 256.</source>
        <translation>%1名称长度为 %2 个字符；名称最长为 256 个字符。</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="61"/>
        <source>Cannot read the table &quot;%1&quot;: %2</source>
        <translation>无法读取表“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="81"/>
        <source>a backtick may only open a whole name part</source>
        <translation>反引号只能包住完整的名称部分</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="88"/>
        <location filename="../core/moctl/identifier.cpp" line="104"/>
        <source>a name part is empty</source>
        <translation>名称的某一部分为空</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="96"/>
        <source>unexpected text after a closing backtick</source>
        <translation>右反引号后有多余的文本</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="98"/>
        <source>spaces need backticks around the name</source>
        <translation>包含空格的名称需要用反引号括起来</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="102"/>
        <source>a backtick is not closed</source>
        <translation>反引号未闭合</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="107"/>
        <source>expected database.table (use backticks for names containing dots)</source>
        <translation>应为 数据库.表（名称中含有点号时请使用反引号）</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="109"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="109"/>
        <source>table</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>moctl::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="50"/>
        <location filename="../widgets/mainwindow.cpp" line="269"/>
        <source>MOCTL Studio</source>
        <translation>MOCTL Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="57"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="59"/>
        <source>%1 will appear here.</source>
        <translation>%1将显示在这里。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <location filename="../widgets/mainwindow.cpp" line="332"/>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="69"/>
        <source>Connection profiles will appear here.</source>
        <translation>连接配置将显示在这里。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="74"/>
        <source>Profile colour</source>
        <translation>连接配置颜色</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="75"/>
        <location filename="../widgets/mainwindow.cpp" line="267"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>Current profile</source>
        <translation>当前连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="80"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="85"/>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="103"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="104"/>
        <source>Plans</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="105"/>
        <source>Schedules</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="106"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="133"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="135"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="136"/>
        <location filename="../widgets/mainwindow.cpp" line="160"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="140"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="166"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="177"/>
        <source>&amp;About MOCTL Studio</source>
        <translation>关于 MOCTL Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="180"/>
        <source>About MOCTL Studio</source>
        <translation>关于 MOCTL Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="182"/>
        <source>&lt;b&gt;MOCTL Studio %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;MOCTL Studio %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="183"/>
        <source>Flushes, checkpoints, maintenance plans and schedules for MatrixOne clusters.&lt;br&gt;Qt %1 · data in %2</source>
        <translation>用于 MatrixOne 集群的刷写、检查点、维护计划和计划任务。&lt;br&gt;Qt %1 · 数据位于 %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="189"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="191"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277"/>
        <source>%1 — MOCTL Studio</source>
        <translation>%1 — MOCTL Studio</translation>
    </message>
</context>
<context>
    <name>moctl::Operation</name>
    <message>
        <location filename="../core/moctl/operation.cpp" line="53"/>
        <source>Flush table</source>
        <translation>刷写表</translation>
    </message>
    <message>
        <location filename="../core/moctl/operation.cpp" line="54"/>
        <source>Incremental checkpoint</source>
        <translation>增量检查点</translation>
    </message>
    <message>
        <location filename="../core/moctl/operation.cpp" line="56"/>
        <source>Global checkpoint</source>
        <translation>全局检查点</translation>
    </message>
</context>
<context>
    <name>moctl::OperationExecutor</name>
    <message>
        <location filename="../core/moctl/executor.cpp" line="177"/>
        <source>Time limit: %1 s.</source>
        <translation>时间限制：%1 秒。</translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="185"/>
        <source>No connection id to kill.</source>
        <translation>没有可终止的连接 ID。</translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="215"/>
        <source>(looked up in mo_catalog.mo_tables to flush by id)</source>
        <translation>（在 mo_catalog.mo_tables 中查找，以按 ID 刷写）</translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="237"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="239"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="260"/>
        <source>the statement returned no row</source>
        <translation>该语句没有返回任何行</translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="275"/>
        <source>(database %1)</source>
        <translation>（数据库 %1）</translation>
    </message>
</context>
<context>
    <name>moctl::OperationsPanel</name>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="36"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="37"/>
        <source>&amp;Flush tables</source>
        <translation>刷写表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="39"/>
        <source>&amp;Incremental checkpoint</source>
        <translation>增量检查点(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="41"/>
        <source>&amp;Global checkpoint</source>
        <translation>全局检查点(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="51"/>
        <source>One table per line: database.table (use `backticks` for names with dots)</source>
        <translation>每行一个表：数据库.表（名称中含有点号时请使用`反引号`）</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="52"/>
        <source>Tables to flush</source>
        <translation>要刷写的表</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="56"/>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="57"/>
        <source>How long MatrixOne may take, e.g. 30s or 2m. Empty: the server&apos;s default.</source>
        <translation>允许 MatrixOne 花费的时长，例如 30s 或 2m。留空：使用服务器默认值。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="58"/>
        <source>Checkpoint duration</source>
        <translation>检查点时长</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="66"/>
        <source>Checkpoint &amp;duration:</source>
        <translation>检查点时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="69"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="73"/>
        <source>How many tables are flushed at once.</source>
        <translation>同时刷写的表数量。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="78"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="79"/>
        <source>Each attempt is cancelled on the server after this long.</source>
        <translation>每次尝试超过该时长后将在服务器上取消。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="83"/>
        <source>Extra attempts after a lost connection or a server timeout.</source>
        <translation>连接中断或服务器超时后的额外重试次数。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="85"/>
        <source>&amp;Parallel flushes:</source>
        <translation>并行刷写数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="86"/>
        <source>&amp;Time limit per attempt:</source>
        <translation>每次尝试的时间限制(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="87"/>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="89"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="92"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="101"/>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="110"/>
        <source>Operations of the run</source>
        <translation>本次运行的操作</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="138"/>
        <source>Running on %1</source>
        <translation>正在 %1 上运行</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="198"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="268"/>
        <source>List at least one table to flush (database.table, one per line).</source>
        <translation>请至少列出一个要刷写的表（数据库.表，每行一个）。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="276"/>
        <source>&quot;%1&quot; is not a duration MatrixOne understands; write for example 30s, 2m or 1m30s.</source>
        <translation>“%1”不是 MatrixOne 能识别的时长；请写成例如 30s、2m 或 1m30s。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="284"/>
        <source>Choose a profile first.</source>
        <translation>请先选择一个连接配置。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="323"/>
        <source>Running %1 on %2…</source>
        <translation>正在 %2 上运行%1…</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="324"/>
        <source>Flushing %1 tables on %2…</source>
        <translation>正在 %2 上刷写 %1 个表…</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="335"/>
        <source>Cancelling: running statements are being stopped on the server…</source>
        <translation>正在取消：正在服务器上停止执行中的语句…</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="346"/>
        <source>Done on %1: %2 of %3 succeeded.</source>
        <translation>已在 %1 上完成：%3 个中 %2 个成功。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="348"/>
        <source>Cancelled on %1: %2 succeeded, %3 cancelled.</source>
        <translation>已在 %1 上取消：%2 个成功，%3 个已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="351"/>
        <source>%1 on %2: %3 succeeded, %4 failed, %5 timed out.</source>
        <translation>%2：%1，%3 个成功，%4 个失败，%5 个超时。</translation>
    </message>
</context>
<context>
    <name>moctl::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="24"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="28"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="29"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="33"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="34"/>
        <source>Keep running in the system tray when the window is closed (schedules go on)</source>
        <translation>关闭窗口后继续在系统托盘中运行（计划任务继续执行）</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="40"/>
        <source>Defaults for new operations and steps</source>
        <translation>新建操作和步骤的默认值</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="44"/>
        <source>Parallel flushes</source>
        <translation>并行刷写数</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="47"/>
        <source>&amp;Parallel flushes:</source>
        <translation>并行刷写数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="50"/>
        <source>Timeout per operation</source>
        <translation>每个操作的超时时间</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="53"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="55"/>
        <source>&amp;Timeout per operation:</source>
        <translation>每个操作的超时时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="58"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="61"/>
        <source>&amp;Retries (connection lost, server timeout):</source>
        <translation>重试次数（连接中断、服务器超时）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="64"/>
        <source>History retention</source>
        <translation>历史记录保留</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="68"/>
        <source>Keep runs for days</source>
        <translation>运行保留天数</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="70"/>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="71"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="73"/>
        <source>Keep runs &amp;for:</source>
        <translation>运行保留时长(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="76"/>
        <source>Keep at most runs</source>
        <translation>最多保留的运行数</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="78"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="80"/>
        <source>Keep at &amp;most (runs):</source>
        <translation>最多保留（运行数）(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileEditorDialog</name>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="45"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="46"/>
        <source>Red (production)</source>
        <translation>红色（生产）</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="47"/>
        <source>Amber (staging)</source>
        <translation>琥珀色（预发布）</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="48"/>
        <source>Green (development)</source>
        <translation>绿色（开发）</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="49"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="50"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="51"/>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="61"/>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="61"/>
        <source>Edit Profile — %1</source>
        <translation>编辑连接配置 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="79"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="80"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="84"/>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="97"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="101"/>
        <source>for example prod-eu</source>
        <translation>例如 prod-eu</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="111"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="112"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="115"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="125"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="127"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="131"/>
        <source>user, account:user or account:user:role</source>
        <translation>用户、租户:用户 或 租户:用户:角色</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="132"/>
        <source>MatrixOne user names may name the account and role: account:user:role or account#user#role. A plain user belongs to the sys account.</source>
        <translation>MatrixOne 用户名可以指定租户和角色：租户:用户:角色 或 租户#用户#角色。仅写用户名时属于 sys 租户。</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="142"/>
        <source>Save in the system keychain</source>
        <translation>保存到系统钥匙串</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="143"/>
        <source>Remember for this session only</source>
        <translation>仅在本次会话中记住</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="146"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="147"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="148"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="150"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="152"/>
        <source>Default &amp;database:</source>
        <translation>默认数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="155"/>
        <source>TLS and timeouts</source>
        <translation>TLS 与超时</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="163"/>
        <source>Certificates (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="170"/>
        <location filename="../widgets/profileeditordialog.cpp" line="174"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="175"/>
        <source>T&amp;LS:</source>
        <translation>TLS(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="176"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="177"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="178"/>
        <source>Client key:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="179"/>
        <source>C&amp;onnect timeout:</source>
        <translation>连接超时(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="180"/>
        <source>&amp;Read timeout:</source>
        <translation>读取超时(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="185"/>
        <source>for example who owns the cluster, maintenance windows</source>
        <translation>例如集群负责人、维护时间窗口</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="188"/>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="203"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="213"/>
        <source>Test the connection to see the server version, the account and role, and whether mo_ctl is allowed.</source>
        <translation>测试连接，查看服务器版本、租户和角色，以及是否允许使用 mo_ctl。</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="252"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="327"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个连接配置名为“%1”。</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="352"/>
        <source>Account: %1 · User: %2 · Role: %3</source>
        <translation>租户：%1 · 用户：%2 · 角色：%3</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="354"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="366"/>
        <source>Fix the profile first: %1</source>
        <translation>请先修正连接配置：%1</translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="370"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileStore</name>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="64"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>无法读取连接配置文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="71"/>
        <source>The profiles file %1 cannot be used: %2 It was left untouched; profiles are read-only until it is repaired or moved aside.</source>
        <translation>无法使用连接配置文件 %1：%2 文件未作改动；在修复或将其移开之前，连接配置为只读。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="182"/>
        <location filename="../core/connection/profilestore.cpp" line="217"/>
        <source>The profiles are read-only.</source>
        <translation>连接配置为只读。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="191"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个连接配置名为“%1”。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="224"/>
        <source>There is no such profile.</source>
        <translation>没有该连接配置。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="242"/>
        <source>Could not copy %1 aside; nothing was changed.</source>
        <translation>无法将 %1 另存一份；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="261"/>
        <source>Could not write the profiles file %1: %2</source>
        <translation>无法写入连接配置文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="296"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="297"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="300"/>
        <source>It is not a profiles file (expected a JSON object).</source>
        <translation>不是连接配置文件（应为 JSON 对象）。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="303"/>
        <source>It is not a profiles file (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>不是连接配置文件（“format”不是“%1”）。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="306"/>
        <source>It has no valid &quot;version&quot;.</source>
        <translation>没有有效的“version”。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="308"/>
        <source>It was written by a newer version of MOCTL Studio (profiles format %1; this version reads format %2).</source>
        <translation>该文件由更新版本的 MOCTL Studio 写入（连接配置格式 %1；当前版本读取格式 %2）。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="313"/>
        <source>It has no &quot;profiles&quot; list.</source>
        <translation>没有“profiles”列表。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="319"/>
        <source>Entry %1 of &quot;profiles&quot; is not an object.</source>
        <translation>“profiles”中的第 %1 项不是对象。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="323"/>
        <source>Entry %1: %2.</source>
        <translation>第 %1 项：%2。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="325"/>
        <source>Entry %1 repeats the id %2.</source>
        <translation>第 %1 项与 ID %2 重复。</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="338"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="357"/>
        <source>Profile &quot;%1&quot; cannot be imported: %2</source>
        <translation>无法导入连接配置“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="362"/>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="362"/>
        <source>%1 (imported %2)</source>
        <translation>%1（已导入 %2）</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileTreeModel</name>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="114"/>
        <source>Ungrouped</source>
        <translation>未分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profiletreemodel.cpp" line="115"/>
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 个连接配置</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="141"/>
        <source>%1
%2@%3:%4
TLS: %5%6</source>
        <translation>%1
%2@%3:%4
TLS：%5%6</translation>
    </message>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="164"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="165"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>moctl::ProfilesPanel</name>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="44"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="46"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="48"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="50"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="53"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="58"/>
        <source>Move to Group…</source>
        <translation>移动到分组…</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="60"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="63"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="73"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="80"/>
        <source>Filter profiles</source>
        <translation>筛选连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="88"/>
        <source>Move the damaged file aside and start a new list</source>
        <translation>将损坏的文件移到一旁并新建列表</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="114"/>
        <location filename="../widgets/profilespanel.cpp" line="203"/>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="145"/>
        <source>Start a New Profile List</source>
        <translation>新建连接配置列表</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="146"/>
        <source>The damaged profiles file is copied aside (nothing is deleted) and a new, empty list is started. Continue?</source>
        <translation>损坏的连接配置文件将被另存一份（不会删除任何内容），并新建一个空列表。是否继续？</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="155"/>
        <source>The damaged profiles file was kept as %1.</source>
        <translation>损坏的连接配置文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="210"/>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="224"/>
        <source>No keychain is available on this system.</source>
        <translation>此系统上没有可用的钥匙串。</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="290"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="293"/>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="312"/>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>删除连接配置“%1”及其保存的密码？</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profilespanel.cpp" line="313"/>
        <source>Delete %n profile(s) and their saved passwords?</source>
        <translation>
            <numerusform>删除 %n 个连接配置及其保存的密码？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="314"/>
        <source>Delete Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="365"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="372"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="373"/>
        <source>Remember for this session</source>
        <translation>在本次会话中记住</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="390"/>
        <source>No keychain is available; the password is not saved.</source>
        <translation>没有可用的钥匙串；密码未保存。</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="399"/>
        <source>No password is saved for this profile.</source>
        <translation>此连接配置没有保存密码。</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="447"/>
        <source>Move to Group</source>
        <translation>移动到分组</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="447"/>
        <source>Group (empty for none):</source>
        <translation>分组（留空表示无分组）：</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="458"/>
        <source>Import Profiles</source>
        <translation>导入连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="459"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>连接配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="464"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profilespanel.cpp" line="472"/>
        <source>Imported %n profile(s). Passwords are not part of the file; enter them when connecting.</source>
        <translation>
            <numerusform>已导入 %n 个连接配置。文件中不包含密码；请在连接时输入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="479"/>
        <source>Export Profiles</source>
        <translation>导出连接配置</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="480"/>
        <source>Profiles (*.json)</source>
        <translation>连接配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="493"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profilespanel.cpp" line="496"/>
        <source>Exported %n profile(s), without passwords.</source>
        <translation>
            <numerusform>已导出 %n 个连接配置，不含密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::Reply</name>
    <message>
        <location filename="../core/moctl/reply.cpp" line="22"/>
        <source>the reply is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="26"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>不是 JSON（%1，位于偏移量 %2）</translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="28"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="32"/>
        <source>expected method &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>应为方法“%1”，但收到“%2”</translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="37"/>
        <source>&quot;result&quot; is not a list</source>
        <translation>“result”不是列表</translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="42"/>
        <source>a shard result is not an object</source>
        <translation>某个分片结果不是对象</translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="45"/>
        <source>a shard result has no returnStr</source>
        <translation>某个分片结果没有 returnStr</translation>
    </message>
</context>
<context>
    <name>moctl::Run</name>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="100"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="101"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="102"/>
        <location filename="../core/runner/runtypes.cpp" line="114"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="103"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="104"/>
        <location filename="../core/runner/runtypes.cpp" line="116"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="105"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="113"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="115"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="117"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="125"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="126"/>
        <source>Scheduled</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="127"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>moctl::RunOperationsModel</name>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="90"/>
        <source>%1
SQL: %2</source>
        <translation>%1
SQL：%2</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="114"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="115"/>
        <source>Running (attempt %1)</source>
        <translation>运行中（第 %1 次尝试）</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="115"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="121"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="138"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="139"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="140"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="141"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="142"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="143"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>moctl::Runner</name>
    <message>
        <location filename="../core/runner/runner.cpp" line="139"/>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="145"/>
        <source>Cancelled while waiting to try again after: %1</source>
        <translation>在等待重试时被取消，上次错误：%1</translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="239"/>
        <location filename="../core/runner/runner.cpp" line="275"/>
        <source>Cancelled before it started.</source>
        <translation>在开始前被取消。</translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="241"/>
        <source>Skipped: checkpoints are skipped after a failed step.</source>
        <translation>已跳过：某个步骤失败后将跳过检查点。</translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="289"/>
        <source>Skipped: step %1 failed and the plan stops on failure.</source>
        <translation>已跳过：步骤 %1 失败，且该维护计划设置为失败即停止。</translation>
    </message>
</context>
<context>
    <name>moctl::SecretStore</name>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="30"/>
        <source>The keychain did not answer within two minutes.</source>
        <translation>钥匙串在两分钟内没有响应。</translation>
    </message>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="68"/>
        <source>No keychain is available on this system (%1); the password was not saved or read there.</source>
        <translation>此系统上没有可用的钥匙串（%1）；密码未在其中保存或读取。</translation>
    </message>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="72"/>
        <source>The keychain failed: %1</source>
        <translation>钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>moctl::Statement</name>
    <message>
        <location filename="../core/moctl/statement.cpp" line="55"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="57"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="61"/>
        <source>%1 contains a dot, so MatrixOne cannot address it by name; it must be flushed by table id.</source>
        <translation>%1 包含点号，MatrixOne 无法按名称访问它；必须按表 ID 刷写。</translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="73"/>
        <source>&quot;%1&quot; is not a duration such as 30s, 2m or 1h30m.</source>
        <translation>“%1”不是有效的时长，例如 30s、2m 或 1h30m。</translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="77"/>
        <source>Unknown operation.</source>
        <translation>未知操作。</translation>
    </message>
</context>
<context>
    <name>moctl::TablePattern</name>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="87"/>
        <source>Cannot read the pattern &quot;%1&quot;: %2</source>
        <translation>无法读取模式“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="91"/>
        <source>it is empty</source>
        <translation>模式为空</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="132"/>
        <location filename="../core/catalog/tablepattern.cpp" line="145"/>
        <source>a name part is empty</source>
        <translation>名称的某一部分为空</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="136"/>
        <source>spaces need backticks around the name</source>
        <translation>包含空格的名称需要用反引号括起来</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="143"/>
        <source>a backtick is not closed</source>
        <translation>反引号未闭合</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="147"/>
        <source>expected a name, or database.table (use backticks for names containing dots)</source>
        <translation>应为名称，或 数据库.表（名称中含有点号时请使用反引号）</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="150"/>
        <source>it contains a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="152"/>
        <source>a name part is longer than 256 characters</source>
        <translation>名称的某一部分超过 256 个字符</translation>
    </message>
</context>
<context>
    <name>moctl::TableSelection</name>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="139"/>
        <source>&quot;tables&quot; must be a list.</source>
        <translation>“tables”必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="144"/>
        <source>Table %1 of the selection is not an object.</source>
        <translation>选择中的第 %1 个表不是对象。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="151"/>
        <source>Table %1 of the selection needs both &quot;database&quot; and &quot;table&quot; as text.</source>
        <translation>选择中的第 %1 个表需要以文本形式同时提供“database”和“table”。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="155"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="156"/>
        <source>Table %1 of the selection: %2</source>
        <translation>选择中的第 %1 个表：%2</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="162"/>
        <source>Table %1 of the selection has an id that is not a table id.</source>
        <translation>选择中的第 %1 个表的 ID 不是有效的表 ID。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="168"/>
        <source>Table %1 of the selection has an account that is not an account id.</source>
        <translation>选择中的第 %1 个表的租户不是有效的租户 ID。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="172"/>
        <source>Table %1 of the selection names no table and no id.</source>
        <translation>选择中的第 %1 个表既没有表名也没有 ID。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="177"/>
        <source>&quot;patterns&quot; must be a list.</source>
        <translation>“patterns”必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="180"/>
        <source>A pattern of the selection is not text.</source>
        <translation>选择中的某个模式不是文本。</translation>
    </message>
</context>
<context>
    <name>moctl::TableSelectorDialog</name>
    <message>
        <location filename="../widgets/tableselectordialog.cpp" line="14"/>
        <source>Select Tables</source>
        <translation>选择表</translation>
    </message>
</context>
<context>
    <name>moctl::TableSelectorWidget</name>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="50"/>
        <source>Filter: part of a name, or a pattern such as sales_* or *.event_*</source>
        <translation>筛选：名称的一部分，或模式，例如 sales_* 或 *.event_*</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="51"/>
        <source>Filter tables</source>
        <translation>筛选表</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="53"/>
        <source>Show &amp;system databases</source>
        <translation>显示系统数据库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="54"/>
        <source>Show system databases</source>
        <translation>显示系统数据库</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="55"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="56"/>
        <source>Refresh the list of tables</source>
        <translation>刷新表列表</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="57"/>
        <source>Read the databases and tables from the server again</source>
        <translation>重新从服务器读取数据库和表</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="61"/>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="62"/>
        <source>Databases and their tables; space checks or unchecks the current row</source>
        <translation>数据库及其表；按空格键勾选或取消勾选当前行</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="79"/>
        <source>Select all &amp;visible</source>
        <translation>全选可见项(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="80"/>
        <source>Select all visible tables</source>
        <translation>选择所有可见的表</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="81"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="82"/>
        <source>Clear the selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="84"/>
        <source>Selected tables</source>
        <translation>已选择的表</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="87"/>
        <source>Catalog status</source>
        <translation>目录状态</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="91"/>
        <source>Pattern, e.g. analytics_db.* or *.event_* (empty: the filter text)</source>
        <translation>模式，例如 analytics_db.* 或 *.event_*（留空：使用筛选文本）</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="92"/>
        <source>New pattern</source>
        <translation>新模式</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="93"/>
        <source>Add &amp;pattern</source>
        <translation>添加模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="94"/>
        <source>Add pattern</source>
        <translation>添加模式</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="95"/>
        <source>A pattern selects the tables that match it when the selection is used, so tables created later are included</source>
        <translation>模式会在使用该选择时选中与之匹配的表，因此之后新建的表也会包含在内</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="97"/>
        <source>Remove pattern</source>
        <translation>删除模式</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="98"/>
        <source>Remove the selected pattern</source>
        <translation>删除所选模式</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="100"/>
        <source>Patterns</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="107"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="121"/>
        <source>Pa&amp;ttern:</source>
        <translation>模式(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="337"/>
        <source>Type a pattern (or a filter) first, e.g. analytics_db.* or *.event_*.</source>
        <translation>请先输入模式（或筛选文本），例如 analytics_db.* 或 *.event_*。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tableselectorwidget.cpp" line="434"/>
        <source>The patterns match %n table(s) now; they are resolved again each time the selection is used.</source>
        <translation>
            <numerusform>这些模式当前匹配 %n 个表；每次使用该选择时都会重新解析。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tableselectorwidget.cpp" line="441"/>
        <source>%n table(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="443"/>
        <source>%1 rows, %2</source>
        <translation>%1 行，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tableselectorwidget.cpp" line="445"/>
        <source>(+%n not in the current list)</source>
        <translation>
            <numerusform>（另有 %n 个不在当前列表中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="453"/>
        <source>Reading databases and tables from %1…</source>
        <translation>正在从 %1 读取数据库和表…</translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="456"/>
        <source>Cannot list the tables: %1</source>
        <translation>无法列出表：%1</translation>
    </message>
</context>
<context>
    <name>moctl::TableTreeModel</name>
    <message numerus="yes">
        <location filename="../widgets/tabletreemodel.cpp" line="292"/>
        <source>Database %1: %n table(s)</source>
        <translation>
            <numerusform>数据库 %1：%n 个表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="294"/>
        <source>System database</source>
        <translation>系统数据库</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="300"/>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="345"/>
        <source>Table id %1</source>
        <translation>表 ID %1</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="347"/>
        <source>The name contains a dot: it is flushed by table id.</source>
        <translation>名称中包含点号：将按表 ID 刷写。</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="353"/>
        <source>Table %1 in %2</source>
        <translation>%2 中的表 %1</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="510"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="511"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="512"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>moctl::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="27"/>
        <source>flush tables: flush DB.TABLE... | --id N [--account ID]</source>
        <translation>刷写表：flush DB.TABLE... | --id N [--account ID]</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="29"/>
        <source>force an incremental checkpoint [--duration 30s]</source>
        <translation>强制执行增量检查点 [--duration 30s]</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="31"/>
        <source>force a global checkpoint [--duration 30s]</source>
        <translation>强制执行全局检查点 [--duration 30s]</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="33"/>
        <source>list tables with ids, rows and sizes: tables [DB...] [--system]</source>
        <translation>列出表及其 ID、行数和大小：tables [DB...] [--system]</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="35"/>
        <source>saved connection profiles: list | show NAME | add NAME --host H [...] | remove NAME</source>
        <translation>已保存的连接配置：list | show NAME | add NAME --host H [...] | remove NAME</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="39"/>
        <source>list recorded runs [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]; --format text|json|csv</source>
        <translation>列出已记录的运行 [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]；--format text|json|csv</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="47"/>
        <source>Usage: moctl [options] COMMAND [command options]</source>
        <translation>用法：moctl [选项] 命令 [命令选项]</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="48"/>
        <source>Maintenance operations for MatrixOne clusters (mo_ctl).</source>
        <translation>MatrixOne 集群运维操作（mo_ctl）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="49"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="50"/>
        <source>server host (127.0.0.1)</source>
        <translation>服务器主机（127.0.0.1）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="51"/>
        <source>server port (6001)</source>
        <translation>服务器端口（6001）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="52"/>
        <source>user, also account:user[:role] or account#user[#role] (root)</source>
        <translation>用户，也可写作 account:user[:role] 或 account#user[#role]（root）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="53"/>
        <source>use a saved connection profile</source>
        <translation>使用已保存的连接配置</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="54"/>
        <source>read the password from standard input (else MOCTL_PASSWORD)</source>
        <translation>从标准输入读取密码（否则使用 MOCTL_PASSWORD）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="55"/>
        <source>output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="56"/>
        <source>print the SQL that would be sent and send nothing</source>
        <translation>打印将要发送的 SQL，但不发送任何内容</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="57"/>
        <source>where profiles, plans and history are kept</source>
        <translation>连接配置、维护计划和历史记录的存放位置</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="59"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="64"/>
        <source>Flush and checkpoint options: --timeout SECONDS, --retries N, --parallel N (flush).</source>
        <translation>刷写和检查点选项：--timeout SECONDS、--retries N、--parallel N（刷写）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="65"/>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or bad input (nothing sent), 3 cannot connect or authenticate, 4 timed out or cancelled.</source>
        <translation>退出码：0 成功，1 有操作失败，2 用法错误或输入无效（未发送任何内容），3 无法连接或认证失败，4 超时或已取消。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="91"/>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="181"/>
        <location filename="../core/cli/cli_history.cpp" line="186"/>
        <source>(%1 attempts)</source>
        <translation>（尝试 %1 次）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="207"/>
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port 的取值为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="215"/>
        <source>Passwords are never taken as arguments; use MOCTL_PASSWORD or --password-stdin.</source>
        <translation>不接受通过参数传递密码；请使用 MOCTL_PASSWORD 或 --password-stdin。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="229"/>
        <source>--format takes text, json or csv.</source>
        <translation>--format 的取值为 text、json 或 csv。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="249"/>
        <location filename="../core/cli/cli.cpp" line="267"/>
        <source>Unknown command &quot;%1&quot;. See moctl --help.</source>
        <translation>未知命令“%1”。请参阅 moctl --help。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="257"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="46"/>
        <location filename="../core/cli/cli_profiles.cpp" line="93"/>
        <source>No profile is called &quot;%1&quot; (see moctl profiles list).</source>
        <translation>没有名为“%1”的连接配置（参见 moctl profiles list）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="61"/>
        <source>No password is stored for profile &quot;%1&quot;; trying without one (set MOCTL_PASSWORD or use --password-stdin).</source>
        <translation>连接配置“%1”没有保存密码；将尝试不使用密码（请设置 MOCTL_PASSWORD 或使用 --password-stdin）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="67"/>
        <source>Set MOCTL_PASSWORD or use --password-stdin.</source>
        <translation>请设置 MOCTL_PASSWORD 或使用 --password-stdin。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="109"/>
        <source>warning: this run is not recorded in the history.</source>
        <translation>警告：本次运行不会记录到历史记录中。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="101"/>
        <source>--limit takes a whole number (0 = all).</source>
        <translation>--limit 的取值为整数（0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="108"/>
        <source>--run takes a run id (a positive number).</source>
        <translation>--run 的取值为运行 ID（正整数）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="115"/>
        <source>--purge-older-than takes a number of days (1 or more).</source>
        <translation>--purge-older-than 的取值为天数（1 或更大）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="121"/>
        <source>--status takes running, ok, failed, partial, cancelled or interrupted, not &quot;%1&quot;.</source>
        <translation>--status 的取值为 running、ok、failed、partial、cancelled 或 interrupted，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="129"/>
        <source>Unknown option %1 for history.</source>
        <translation>history 不支持选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="131"/>
        <location filename="../core/cli/cli_ops.cpp" line="202"/>
        <location filename="../core/cli/cli_profiles.cpp" line="51"/>
        <location filename="../core/cli/cli_profiles.cpp" line="88"/>
        <location filename="../core/cli/cli_profiles.cpp" line="161"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="133"/>
        <source>--purge-older-than and --run cannot be combined.</source>
        <translation>--purge-older-than 和 --run 不能同时使用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/cli_history.cpp" line="149"/>
        <source>%n run(s) purged.</source>
        <translation>
            <numerusform>已清除 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="157"/>
        <source>No run %1 in the history.</source>
        <translation>历史记录中没有运行 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="175"/>
        <source>Run %1: %2, %3 (%4), started %5, %6</source>
        <translation>运行 %1：%2，%3（%4），开始于 %5，%6</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="177"/>
        <source>ad hoc</source>
        <translation>临时</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="212"/>
        <source>No runs recorded.</source>
        <translation>没有已记录的运行。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="215"/>
        <location filename="../core/cli/cli_tables.cpp" line="86"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="215"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="216"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="216"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="217"/>
        <source>OK/all</source>
        <translation>成功/总数</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="217"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="218"/>
        <source>Profile / plan</source>
        <translation>连接配置 / 维护计划</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="41"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout 的取值为 0 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="48"/>
        <source>--retries takes a whole number from 0 to 20.</source>
        <translation>--retries 的取值为 0 到 20 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="56"/>
        <source>--parallel takes a whole number from 1 to 64.</source>
        <translation>--parallel 的取值为 1 到 64 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="69"/>
        <source>%1 contains a dot; its id is looked up first:</source>
        <translation>%1 包含点号；将先查找其 ID：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="87"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="139"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped</source>
        <translation>%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="162"/>
        <source>--account takes a numeric account id.</source>
        <translation>--account 的取值为数字租户 ID。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="169"/>
        <source>--id takes a numeric table id, not &quot;%1&quot;.</source>
        <translation>--id 的取值为数字表 ID，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="175"/>
        <source>Unknown option %1 for flush.</source>
        <translation>flush 不支持选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="184"/>
        <source>flush needs at least one table (db.table) or --id N.</source>
        <translation>flush 需要至少一个表（db.table）或 --id N。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="200"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="22"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="29"/>
        <source>The user may be account:user[:role] or account#user[#role]. add --password-stdin stores the password in the OS keychain; it is never written to the profiles file.</source>
        <translation>用户可以写作 account:user[:role] 或 account#user[#role]。add --password-stdin 会将密码保存到操作系统钥匙串中；密码永远不会写入连接配置文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="62"/>
        <source>No profiles. Add one with: moctl profiles add NAME --host H --user U</source>
        <translation>没有连接配置。可使用以下命令添加：moctl profiles add NAME --host H --user U</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="72"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="72"/>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="73"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="73"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="87"/>
        <source>Name the profile.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="114"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="115"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="116"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="117"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="118"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="119"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="120"/>
        <source>Account</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="121"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="122"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="122"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="123"/>
        <source>Sent as</source>
        <translation>发送形式</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="124"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="125"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="127"/>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="129"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="131"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="132"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="132"/>
        <location filename="../core/cli/cli_profiles.cpp" line="133"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="133"/>
        <source>Read timeout</source>
        <translation>读取超时</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="135"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="157"/>
        <source>Unknown option %1 for profiles add.</source>
        <translation>profiles add 不支持选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="160"/>
        <source>profiles add needs a NAME.</source>
        <translation>profiles add 需要 NAME。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="164"/>
        <source>profiles add needs --host.</source>
        <translation>profiles add 需要 --host。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="178"/>
        <source>--colour takes #rrggbb, for example #d32f2f.</source>
        <translation>--colour 的取值为 #rrggbb，例如 #d32f2f。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="186"/>
        <source>--tls takes disabled, preferred, required or verify-ca.</source>
        <translation>--tls 的取值为 disabled、preferred、required 或 verify-ca。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="196"/>
        <source>A profile called &quot;%1&quot; already exists; remove it first.</source>
        <translation>名为“%1”的连接配置已存在；请先删除它。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="206"/>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation>已添加连接配置“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="212"/>
        <source>The password is stored in the keychain.</source>
        <translation>密码已保存在钥匙串中。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="215"/>
        <source>Give it with MOCTL_PASSWORD or --password-stdin when connecting.</source>
        <translation>连接时请通过 MOCTL_PASSWORD 或 --password-stdin 提供密码。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="237"/>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>已删除连接配置“%1”。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="273"/>
        <source>Unknown profiles command &quot;%1&quot;: use list, show, add or remove.</source>
        <translation>未知的 profiles 命令“%1”：请使用 list、show、add 或 remove。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="84"/>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="85"/>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="87"/>
        <source>ROWS</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="88"/>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="121"/>
        <source>Unknown option %1 for tables.</source>
        <translation>tables 不支持选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="127"/>
        <source>A database name is empty or contains a NUL character.</source>
        <translation>某个数据库名称为空或包含 NUL 字符。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="132"/>
        <source>tables only reads the catalog:</source>
        <translation>tables 只读取目录：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="143"/>
        <source>cannot list the tables: %1</source>
        <translation>无法列出表：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="152"/>
        <source>database &quot;%1&quot; not found</source>
        <translation>未找到数据库“%1”</translation>
    </message>
</context>
</TS>
