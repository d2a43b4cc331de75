<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MoError</name>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="+111"/>
        <source>MatrixOne rejected the argument: %1</source>
        <translation>MatrixOne 拒绝了该参数：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused to log in: the server asked for an authentication method this client does not use (for example mysql_clear_password or dialog, which send the password in clear text). MOCTL Studio never sends a password unencrypted; the password was not sent. Use an account with mysql_native_password or caching_sha2_password. Client library said: %1</source>
        <translation>登录被拒绝：服务器要求使用本客户端不使用的认证方式（例如 mysql_clear_password 或 dialog，它们以明文发送密码）。MOCTL Studio 从不以未加密方式发送密码；密码未被发送。请使用以 mysql_native_password 或 caching_sha2_password 认证的用户。客户端库返回：%1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+4"/>
        <source>MatrixOne&apos;s request to its storage service (TN) ran out of time (%1). The cluster may be busy: try again later, or with retries.</source>
        <translation>MatrixOne 向其存储服务（TN）发出的请求超时（%1）。集群可能繁忙：请稍后再试，或启用重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MatrixOne ran out of time on the server before the work was done (%1). For a checkpoint, give a longer duration argument (for example 5m; the server&apos;s default is 90 s) with a larger time limit; otherwise use retries or try again when the cluster is less busy.</source>
        <translation>MatrixOne 在服务器上完成该操作之前超时（%1）。对于检查点，请提供更长的时长参数（例如 5m；服务器默认值为 90 秒），并设置更大的时间限制；否则请使用重试，或在集群较空闲时再试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer within the time limit; the client gave up waiting, and the statement may still be running on the server (KILL QUERY did not get through: %1).</source>
        <translation>在时间限制内未收到应答；客户端已停止等待，该语句可能仍在服务器上运行（KILL QUERY 未能送达：%1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected reply from the server (not counted as OK): %1</source>
        <translation>服务器返回了意外的应答（不计为成功）：%1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No answer within the time limit; the statement was cancelled on the server.</source>
        <translation>在时间限制内未收到应答；该语句已在服务器上取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; the client stopped waiting, and the statement may still be running on the server (KILL QUERY did not get through: %1).</source>
        <translation>已取消；客户端已停止等待，该语句可能仍在服务器上运行（KILL QUERY 未能送达：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; the running statement was stopped on the server.</source>
        <translation>已取消；正在执行的语句已在服务器上停止。</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>ProfileSelector</name>
    <message>
        <location filename="../core/connection/profileselector.cpp" line="+30"/>
        <source>Say which profiles: all, group:NAME, tag:NAME or profile names separated by commas.</source>
        <translation>请指定连接配置：all、group:NAME、tag:NAME，或以逗号分隔的连接配置名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind of selector &quot;%1:&quot;: use all, group:NAME, tag:NAME or profile names.</source>
        <translation>未知的选择器类型“%1:”：请使用 all、group:NAME、tag:NAME 或连接配置名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the group after &quot;group:&quot;.</source>
        <translation>请在“group:”之后写出分组名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the tag after &quot;tag:&quot;.</source>
        <translation>请在“tag:”之后写出标签名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A selector takes one group (&quot;%1&quot; has a comma).</source>
        <translation>一个选择器只能指定一个分组（“%1”中含有逗号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A selector takes one tag (&quot;%1&quot; has a comma).</source>
        <translation>一个选择器只能指定一个标签（“%1”中含有逗号）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An empty profile name in &quot;%1&quot; (two commas in a row, or one at an end).</source>
        <translation>“%1”中有空的连接配置名称（连续两个逗号，或开头/末尾有逗号）。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No profiles are selected.</source>
        <translation>未选择任何连接配置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no profiles.</source>
        <translation>没有任何连接配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is in the group &quot;%1&quot;.</source>
        <translation>分组“%1”中没有连接配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile has the tag &quot;%1&quot;.</source>
        <translation>没有带标签“%1”的连接配置。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No profile is called &quot;%1&quot; (see moctl profiles list).</source>
        <translation>没有名为“%1”的连接配置（参见 moctl profiles list）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 profiles are called &quot;%2&quot;; name one by its id (%3).</source>
        <translation>有 %1 个连接配置名为“%2”；请用 ID 指定其中一个（%3）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no profiles</source>
        <translation>无连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all profiles</source>
        <translation>所有连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profiles in the group &quot;%1&quot;</source>
        <translation>分组“%1”中的连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profiles tagged &quot;%1&quot;</source>
        <translation>带有标签“%1”的连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile &quot;%1&quot;</source>
        <translation>连接配置“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profiles %1</source>
        <translation>连接配置 %1</translation>
    </message>
</context>
<context>
    <name>ServerVersion</name>
    <message>
        <location filename="../core/moctl/serverversion.cpp" line="+58"/>
        <source>unknown (not read)</source>
        <translation>未知（未读取）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not MatrixOne)</source>
        <translation>%1（不是 MatrixOne）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MatrixOne, version unknown (%1, perhaps a build from a branch)</source>
        <translation>MatrixOne，版本未知（%1，可能是从某个分支构建的版本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MatrixOne v%1</source>
        <translation>MatrixOne v%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+29"/>
        <source>Maintenance for MatrixOne clusters</source>
        <translation>MatrixOne 集群运维工具</translation>
    </message>
</context>
<context>
    <name>moctl</name>
    <message>
        <location filename="../core/history/historylocation.cpp" line="+141"/>
        <source>The history location is not a shared database.</source>
        <translation>历史记录位置不是共享数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shared history %1 cannot be reached: %2</source>
        <translation>无法访问共享历史记录 %1：%2</translation>
    </message>
</context>
<context>
    <name>moctl::Application</name>
    <message>
        <location filename="../app/studio/application.cpp" line="+223"/>
        <source>No password given; not connected.</source>
        <translation>未提供密码；未连接。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Connect to a profile first (Profiles, Connect).</source>
        <translation>请先连接到一个连接配置（连接配置 → 连接）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No password given; nothing was run.</source>
        <translation>未提供密码；未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../app/studio/application_history.cpp" line="+27"/>
        <source>Shared history unreachable — runs will be queued locally and sent when it can be reached: %1</source>
        <translation>共享历史记录不可达——运行将暂存在本地，待可访问时再发送：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History is not being recorded: %1 Runs are kept in memory and written when it works again; they are lost if you quit first.</source>
        <translation>历史记录当前未被写入：%1 运行会暂存在内存中，待历史记录恢复可用时再写入；如果在此之前退出，这些运行将会丢失。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The shared history&apos;s password could not be saved in the keychain: %1</source>
        <translation>无法将共享历史记录的密码保存到钥匙串：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/application.cpp" line="+44"/>
        <source>%n run(s) stopped unfinished (the process running them ended); marked interrupted in History.</source>
        <translation>
            <numerusform>%n 个运行未完成即停止（运行它们的进程已结束）；已在历史记录中标记为中断。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Review the operations and run them on the profile %1.</source>
        <translation>请检查这些操作，然后在连接配置 %1 上运行。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The plan has no profile; choose one in the plan.</source>
        <translation>该维护计划没有连接配置；请在维护计划中选择一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s profile no longer exists.</source>
        <translation>该维护计划的连接配置已不存在。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Schedule not saved</source>
        <translation>计划任务未保存</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No plan has the id %1.</source>
        <translation>没有 ID 为 %1 的维护计划。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>moctl exited with code %1 (see History).</source>
        <translation>moctl 已退出，退出码为 %1（参见历史记录）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+114"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>every operation ok (see History).</source>
        <translation>所有操作均成功（参见历史记录）。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 skipped.</source>
        <translation>%1 个成功，%2 个失败，%3 个超时，%4 个已跳过。</translation>
    </message>
</context>
<context>
    <name>moctl::Checkpoints</name>
    <message>
        <location filename="../core/moctl/checkpoints.cpp" line="+133"/>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compacted</source>
        <translation>已压缩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>The server answered the checkpoint list with no row.</source>
        <translation>服务器对检查点列表的应答中没有任何行。</translation>
    </message>
</context>
<context>
    <name>moctl::CheckpointsPanel</name>
    <message>
        <location filename="../widgets/checkpointspanel.cpp" line="+30"/>
        <source>&amp;Refresh checkpoints</source>
        <translation>刷新检查点(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read MatrixOne&apos;s checkpoint list (mo_ctl &apos;inspect&apos;) for the current profile</source>
        <translation>读取当前连接配置的 MatrixOne 检查点列表（mo_ctl &apos;inspect&apos;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read yet: Refresh reads the checkpoint list of the current profile&apos;s cluster.</source>
        <translation>尚未读取：“刷新”会读取当前连接配置所在集群的检查点列表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End (HLC)</source>
        <translation>结束（HLC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checkpoint LSN</source>
        <translation>检查点 LSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncate LSN</source>
        <translation>截断 LSN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoints: the last global and the incrementals since it</source>
        <translation>检查点：最近一次全局检查点及其后的增量检查点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s reply as received</source>
        <translation>按原样接收的服务器应答</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+13"/>
        <source>No connection: choose a profile first.</source>
        <translation>没有连接：请先选择一个连接配置。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the checkpoint list of %1…</source>
        <translation>正在读取 %1 的检查点列表…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The checkpoint list could not be read: %1</source>
        <translation>无法读取检查点列表：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered &quot;%2&quot; in a format this version does not know; the reply is shown as received.</source>
        <translation>%1 以当前版本无法识别的格式应答了“%2”；应答按原样显示。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Last global checkpoint: LSN %1%2.</source>
        <translation>最近一次全局检查点：LSN %1%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, ended %1</source>
        <translation>，结束于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No global checkpoint in the list.</source>
        <translation>列表中没有全局检查点。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incremental checkpoint(s) since it.</source>
        <translation>
            <numerusform>此后有 %n 个增量检查点。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1, %2)</source>
        <translation>（%1，%2）</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionFactory</name>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="+68"/>
        <source>VERIFY_IDENTITY cannot be honoured: Qt&apos;s MySQL driver (QMYSQL) gives no way to check the server&apos;s host name against its certificate. Nothing was sent. Use VERIFY_CA (TLS required, certificate chain checked against --ssl-ca).</source>
        <translation>无法满足 VERIFY_IDENTITY：Qt 的 MySQL 驱动（QMYSQL）无法根据服务器证书检查其主机名。未发送任何内容。请使用 VERIFY_CA（要求 TLS，并根据 --ssl-ca 检查证书链）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown host %1.</source>
        <translation>未知主机 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection refused by %1:%2 (is the server running?).</source>
        <translation>%1:%2 拒绝连接（服务器是否在运行？）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation>%3 秒内未能连接到 %1:%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:%2 accepted the connection but sent no greeting within %3 s (the server is hanging or is not a MySQL-protocol server).</source>
        <translation>%1:%2 接受了连接，但在 %3 秒内未发送握手信息（服务器无响应，或不是 MySQL 协议的服务器）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The Qt MySQL driver (QMYSQL) is not installed.</source>
        <translation>未安装 Qt MySQL 驱动（QMYSQL）。</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+10"/>
        <source>A user name has at most three parts: account%1user%1role.</source>
        <translation>用户名最多包含三部分：租户%1用户%1角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has an empty part; write account%2user or account%2user%2role.</source>
        <translation>“%1”中有空的部分；请写成 租户%2用户 或 租户%2用户%2角色。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The tag &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>标签“%1…”超过 %2 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tag &quot;%1&quot; must not contain &quot;,&quot; or &quot;:&quot;.</source>
        <translation>标签“%1”不能包含“,”或“:”。</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+3"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account, user and role must not contain &quot;:&quot; or &quot;#&quot;.</source>
        <translation>租户、用户和角色中不能包含“:”或“#”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Verify identity&quot; is not available: Qt&apos;s MySQL driver cannot check the server&apos;s host name. Use &quot;Verify CA&quot;.</source>
        <translation>“验证身份”不可用：Qt 的 MySQL 驱动无法检查服务器的主机名。请使用“验证 CA”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;Verify CA&quot; needs a CA certificate file.</source>
        <translation>“验证 CA”需要 CA 证书文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client certificate needs its key file, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的密钥文件，密钥也需要对应的证书。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connect timeout must be from 1 to 3600 seconds.</source>
        <translation>连接超时必须在 1 到 3600 秒之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The read timeout must be from 1 to 86400 seconds.</source>
        <translation>读取超时必须在 1 到 86400 秒之间。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred (use TLS when the server offers it)</source>
        <translation>首选（服务器支持时使用 TLS）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required, verify the server against the CA</source>
        <translation>必需，并用 CA 验证服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required, verify the CA and the host name (not available: refused)</source>
        <translation>必需，并验证 CA 和主机名（不可用：将被拒绝）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a profile has no valid id</source>
        <translation>某个连接配置没有有效的 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile %1 has no name</source>
        <translation>连接配置 %1 没有名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile &quot;%1&quot;: &quot;%2&quot; must be a string</source>
        <translation>连接配置“%1”：“%2”必须是字符串</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>profile &quot;%1&quot;: &quot;tags&quot; must be a list of strings</source>
        <translation>连接配置“%1”：“tags”必须是字符串列表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>profile &quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>连接配置“%1”：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>profile &quot;%1&quot;: unknown TLS mode &quot;%2&quot;</source>
        <translation>连接配置“%1”：未知的 TLS 模式“%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>profile &quot;%1&quot;: &quot;confirmBeforeRunning&quot; must be true or false</source>
        <translation>连接配置“%1”：“confirmBeforeRunning”必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionTester</name>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="+128"/>
        <source>The host name could not be resolved (DNS). Check the host. Server said: %1</source>
        <translation>无法解析主机名（DNS）。请检查主机。服务器返回：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing listens on that host and port. Check the port (MatrixOne uses 6001) and that the server is running.</source>
        <translation>连接被拒绝：该主机和端口上没有服务在监听。请检查端口（MatrixOne 使用 6001）以及服务器是否在运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer before the connect timeout: the host may be down or a firewall drops the connection.</source>
        <translation>在连接超时之前未收到应答：主机可能已停机，或防火墙丢弃了连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the user name or password (%1). Check the password and the account:user form of the user name.</source>
        <translation>服务器拒绝了用户名或密码（%1）。请检查密码以及“租户:用户”形式的用户名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS connection failed: %1 Check the TLS mode and the CA, certificate and key files.</source>
        <translation>TLS 连接失败：%1 请检查 TLS 模式以及 CA、证书和密钥文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes: sys account with the moadmin role.</source>
        <translation>是：sys 租户，具有 moadmin 角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probably: sys account with the user&apos;s default role (moadmin for root). Give the role explicitly (sys:user:moadmin) to be sure.</source>
        <translation>可能：sys 租户，使用该用户的默认角色（root 的默认角色为 moadmin）。为确保无误，请明确指定角色（sys:user:moadmin）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probably not: mo_ctl needs the moadmin role; this user connects with role &quot;%1&quot;.</source>
        <translation>可能不允许：mo_ctl 需要 moadmin 角色；该用户以角色“%1”连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No: account &quot;%1&quot; is not sys; mo_ctl is only allowed to the sys account.</source>
        <translation>否：租户“%1”不是 sys；只有 sys 租户可以使用 mo_ctl。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server version: %1</source>
        <translation>服务器版本：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MatrixOne version unknown (perhaps a build from a branch): every mo_ctl form is allowed, but an old server may refuse some.</source>
        <translation>MatrixOne 版本未知（可能是从某个分支构建的版本）：允许所有 mo_ctl 形式，但较旧的服务器可能会拒绝其中一些。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (since v%2)</source>
        <translation>%1（自 v%2 起）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MatrixOne v%1 cannot: %2.</source>
        <translation>MatrixOne v%1 无法执行：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is MatrixOne.</source>
        <translation>这是 MatrixOne。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not look like MatrixOne (the version does not say so).</source>
        <translation>这看起来不是 MatrixOne（版本信息中未表明）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected as: %1 (account %2, user %3, role %4)</source>
        <translation>连接身份：%1（租户 %2，用户 %3，角色 %4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mo_ctl privilege: %1</source>
        <translation>mo_ctl 权限：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round trip: %1 ms (connect %2 ms)</source>
        <translation>往返耗时：%1 毫秒（连接 %2 毫秒）</translation>
    </message>
</context>
<context>
    <name>moctl::Duration</name>
    <message>
        <location filename="../core/moctl/duration.cpp" line="+202"/>
        <source>&quot;%1&quot; is longer than MatrixOne can take (at most 2562047h47m16.854775807s, about 292 years).</source>
        <translation>“%1”超过了 MatrixOne 能接受的上限（最多 2562047h47m16.854775807s，约 292 年）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a duration such as 30s, 300ms, 2m or 1h2m3.5s (Go&apos;s format; units ns, us, µs, ms, s, m, h): %2.</source>
        <translation>“%1”不是有效的时长，例如 30s、300ms、2m 或 1h2m3.5s（Go 格式；单位 ns、us、µs、ms、s、m、h）：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is negative: MatrixOne would give up at once. Give a duration of zero or more, such as 30s or 5m.</source>
        <translation>“%1”为负数：MatrixOne 会立即放弃。请提供零或更大的时长，例如 30s 或 5m。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The checkpoint may take up to %1 on the server, longer than the time limit of %2 s: the client would give up first and cancel it. Raise the time limit or shorten the duration.</source>
        <translation>该检查点在服务器上最多可能耗时 %1，超过了 %2 秒的时间限制：客户端会先放弃并将其取消。请提高时间限制或缩短时长。</translation>
    </message>
</context>
<context>
    <name>moctl::Files</name>
    <message>
        <location filename="../core/security/textsafety.cpp" line="+102"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>%1 is not a regular file (a directory, device, FIFO or socket); it was not read.</source>
        <translation>%1 不是普通文件（而是目录、设备、FIFO 或套接字）；未读取该文件。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is too large (%2 bytes; the limit is %3).</source>
        <translation>%1 过大（%2 字节；上限为 %3）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large (the limit is %2 bytes).</source>
        <translation>%1 过大（上限为 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>moctl::FleetMatrixDialog</name>
    <message>
        <location filename="../widgets/fleetmatrixdialog.cpp" line="+23"/>
        <location line="+63"/>
        <source>Fleet run</source>
        <translation>集群组运行</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Fleet matrix: a row per cluster, a column per step</source>
        <translation>集群组矩阵：每行一个集群，每列一个步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each cell is the outcome of a step on a cluster; the Result column is the cluster&apos;s run</source>
        <translation>每个单元格是某个步骤在某个集群上的结果；“运行结果”列是该集群的运行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The selected cell&apos;s outcomes</source>
        <translation>所选单元格的结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a cell to read its outcomes.</source>
        <translation>选择一个单元格以查看其结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the fleet run</source>
        <translation>取消集群组运行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>History has no run of the fleet run %1.</source>
        <translation>历史记录中没有集群组运行 %1 的任何运行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fleet run of %1</source>
        <translation>%1 的集群组运行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the fleet run from History…</source>
        <translation>正在从历史记录读取集群组运行…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet id: %1</source>
        <translation>集群组 ID：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History is not available.</source>
        <translation>历史记录不可用。</translation>
    </message>
</context>
<context>
    <name>moctl::FleetMatrixModel</name>
    <message>
        <location filename="../widgets/fleetmatrixmodel.cpp" line="+80"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n running</source>
        <translation>
            <numerusform>运行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>等待中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cluster(s): %1</source>
        <translation>
            <numerusform>%n 个集群：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n ok</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>Running %1/%2</source>
        <translation>运行中 %1/%2</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+103"/>
        <source>Running %1</source>
        <translation>运行中 %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped, %6 not attempted</source>
        <translation>%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过，%6 个未尝试</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run on this cluster: %1</source>
        <translation>该集群上的运行：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: nothing sent</source>
        <translation>%1：未发送任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ok, %3 failed</source>
        <translation>%1：%2 个成功，%3 个失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Run %1 in History</source>
        <translation>历史记录中的运行 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 ok, %3 failed, %4 timed out, %5 cancelled, %6 skipped</source>
        <translation>%1：%2 个成功，%3 个失败，%4 个超时，%5 个已取消，%6 个已跳过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First error: %1</source>
        <translation>首个错误：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Result</source>
        <translation>运行结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run on each cluster: its status and how many operations ended ok</source>
        <translation>每个集群上的运行：其状态，以及成功完成的操作数</translation>
    </message>
</context>
<context>
    <name>moctl::GuardedDialog</name>
    <message>
        <location filename="../widgets/discardguard.cpp" line="+12"/>
        <source>Discard Changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed %1. Close without saving the changes?</source>
        <translation>%1有未保存的更改。是否关闭而不保存？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard Changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryChart</name>
    <message>
        <location filename="../widgets/historychart.cpp" line="+19"/>
        <source>Run durations of a plan</source>
        <translation>维护计划的运行耗时</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(ad hoc)</source>
        <translation>（临时）</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>%1; %n slower than twice the plan&apos;s median</source>
        <translation>
            <numerusform>%1；其中 %n 个运行的耗时超过该维护计划中位数的两倍</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No finished runs to chart</source>
        <translation>没有可绘制图表的已完成运行</translation>
    </message>
    <message>
        <location line="+63"/>
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
    <name>moctl::HistoryLocation</name>
    <message>
        <location filename="../core/history/historylocation.cpp" line="-75"/>
        <source>Unknown history location &quot;%1&quot;: give mysql://user@host:port/database or a file path.</source>
        <translation>未知的历史记录位置“%1”：请提供 mysql://user@host:port/database 或文件路径。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history URL is not valid: %1</source>
        <translation>历史记录 URL 无效：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history URL must not contain a password (it would show in the process list and logs). Give it with --history-password-file or store it in the keychain. A MatrixOne account user is written account#user.</source>
        <translation>历史记录 URL 不能包含密码（它会出现在进程列表和日志中）。请通过 --history-password-file 提供，或保存到钥匙串中。MatrixOne 租户用户写作 account#user。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history URL names no host: mysql://user@host:port/database.</source>
        <translation>历史记录 URL 未指定主机：mysql://user@host:port/database。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history URL names no user: mysql://user@host:port/database.</source>
        <translation>历史记录 URL 未指定用户：mysql://user@host:port/database。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history URL must name one database: mysql://user@host:port/database.</source>
        <translation>历史记录 URL 必须指定一个数据库：mysql://user@host:port/database。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history URL&apos;s port is not valid.</source>
        <translation>历史记录 URL 的端口无效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown TLS mode &quot;%1&quot; in the history URL (disabled, preferred, required, verify-ca).</source>
        <translation>历史记录 URL 中的 TLS 模式“%1”未知（disabled、preferred、required、verify-ca）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history URL must not contain a password (it would show in the process list and logs). Give it with --history-password-file or store it in the keychain.</source>
        <translation>历史记录 URL 不能包含密码（它会出现在进程列表和日志中）。请通过 --history-password-file 提供，或保存到钥匙串中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option &quot;%1&quot; in the history URL (tls, ssl-ca).</source>
        <translation>历史记录 URL 中的选项“%1”未知（tls、ssl-ca）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tls=verify-ca needs ssl-ca=FILE in the history URL.</source>
        <translation>tls=verify-ca 需要在历史记录 URL 中提供 ssl-ca=FILE。</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryRunsModel</name>
    <message>
        <location filename="../widgets/historyrunsmodel.cpp" line="+233"/>
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
        <location line="+8"/>
        <source>(ad hoc)</source>
        <translation>（临时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flush (1 table)</source>
        <translation>刷写（1 个表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flush (%1 tables)</source>
        <translation>刷写（%1 个表）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (fleet %2)</source>
        <translation>%1（集群组 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One cluster of the fleet run %1 (Fleet matrix shows all of them)</source>
        <translation>集群组运行 %1 中的一个集群（“集群组矩阵”显示全部集群）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 succeeded, %2 failed, %3 timed out, %4 cancelled, %5 skipped of %6</source>
        <translation>共 %6 个：%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryStore</name>
    <message>
        <location filename="../core/history/historystore.cpp" line="+177"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Cannot open the history file.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+65"/>
        <source>Cannot read the history file.</source>
        <translation>无法读取历史记录文件。</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+75"/>
        <source>The file is an SQLite database but not a MOCTL Studio history.</source>
        <translation>该文件是 SQLite 数据库，但不是 MOCTL Studio 的历史记录。</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>The history file was written by a newer version of MOCTL Studio (schema %1; this version understands up to %2). It was left untouched.</source>
        <translation>该历史记录文件由更新版本的 MOCTL Studio 写入（架构版本 %1；当前版本最高支持 %2）。文件未作改动。</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cannot use the history file.</source>
        <translation>无法使用该历史记录文件。</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation>历史记录文件已损坏（%1）。已将其保留为 %2，并新建了历史记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It could not be moved aside, so history is not recorded.</source>
        <translation>无法将其移到一旁，因此不会记录历史。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+300"/>
        <source>History is not available: %1 (%2)</source>
        <translation>历史记录不可用：%1（%2）</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+277"/>
        <source>The shared history %1 is unreachable: %2</source>
        <translation>共享历史记录 %1 不可达：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-178"/>
        <source>Shared history unreachable — %n run(s) queued locally, will be sent (%1).</source>
        <translation>
            <numerusform>共享历史记录不可达——%n 个运行已暂存在本地，稍后将发送（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The process running it ended before the run was finished.</source>
        <translation>执行该运行的进程在运行结束前已退出。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The run could not be recorded in the history: %1</source>
        <translation>无法将该运行写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no row id</source>
        <translation>没有行 ID</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>An outcome could not be recorded in the history: %1</source>
        <translation>无法将某个结果写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The end of a run could not be recorded in the history: %1</source>
        <translation>无法将运行的结束写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>An event could not be recorded in the history: %1</source>
        <translation>无法将某个事件写入历史记录：%1</translation>
    </message>
    <message>
        <location line="+630"/>
        <source>The shared history cannot be reached.</source>
        <translation>无法访问共享历史记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file cannot be opened.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
    <message>
        <location filename="../core/history/historyqueue.cpp" line="+194"/>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the local queue %1: %2</source>
        <translation>无法写入本地队列 %1：%2</translation>
    </message>
</context>
<context>
    <name>moctl::HistoryView</name>
    <message>
        <location filename="../widgets/historyview.cpp" line="+68"/>
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
        <source>Search profiles, plans, tables, messages… (fleet:ID)</source>
        <translation>搜索连接配置、维护计划、表、消息…（fleet:ID）</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+6"/>
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
        <location line="+25"/>
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
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Table &amp;growth…</source>
        <translation>表增长(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows and size of the selected outcome&apos;s table over its runs</source>
        <translation>所选结果对应的表在各次运行中的行数和大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet &amp;matrix…</source>
        <translation>集群组矩阵(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected run&apos;s fleet run: every cluster by every step, with each outcome</source>
        <translation>所选运行所属的集群组运行：每个集群 × 每个步骤，及其各自的结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the run cannot be run again</source>
        <translation>该运行无法重新运行的原因</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+107"/>
        <source>%n run(s) purged from the history.</source>
        <translation>
            <numerusform>已从历史记录中清除 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Select a run to see its outcomes.</source>
        <translation>选择一个运行以查看其结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 on %2 (%3), %4: %5 of %6 operations succeeded.</source>
        <translation>运行 %1，位于 %2（%3），%4：%6 个操作中有 %5 个成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown server</source>
        <translation>未知服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server version: %1.</source>
        <translation>服务器版本：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First error: %1</source>
        <translation>首个错误：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No run matches the filters.</source>
        <translation>没有符合筛选条件的运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs yet. Runs from the Operations page, the plans, the schedules and moctl appear here as they happen.</source>
        <translation>尚无运行。来自“操作”页、维护计划、计划任务和 moctl 的运行会实时显示在这里。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The runs could not be exported to %1: %2</source>
        <translation>无法将运行导出到 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs exported to %1.</source>
        <translation>运行已导出到 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The outcomes could not be exported to %1: %2</source>
        <translation>无法将结果导出到 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcomes of run %1 exported to %2.</source>
        <translation>运行 %1 的结果已导出到 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
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
        <location line="+9"/>
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
        <location line="+84"/>
        <source>Run %1 was not made with a saved profile, so it cannot be run again from here; nothing was run.</source>
        <translation>运行 %1 并非使用已保存的连接配置执行，因此无法在此重新运行；未执行任何操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 used the profile “%2”, which no longer exists; nothing was run.</source>
        <translation>运行 %1 使用的连接配置“%2”已不存在；未执行任何操作。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
        <source>Purge history</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The retention in Preferences keeps the whole history; nothing to purge.</source>
        <translation>首选项中的保留设置会保留全部历史记录；没有可清除的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 from the history, with their outcomes? Running runs are kept. This cannot be undone.</source>
        <translation>从历史记录中删除%1及其结果？仍在运行中的运行会被保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purging the history…</source>
        <translation>正在清除历史记录…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List its &amp;runs</source>
        <translation>列出其运行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>moctl::Identifier</name>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="+51"/>
        <source>The %1 name is empty.</source>
        <translation>%1名称为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 name contains a NUL character, which no server accepts.</source>
        <translation>%1名称包含 NUL 字符，任何服务器都不接受。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 name is %2 characters long; names are limited to 256.</source>
        <translation>%1名称长度为 %2 个字符；名称最长为 256 个字符。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the table &quot;%1&quot;: %2</source>
        <translation>无法读取表“%1”：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a backtick may only open a whole name part</source>
        <translation>反引号只能包住完整的名称部分</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>a name part is empty</source>
        <translation>名称的某一部分为空</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>unexpected text after a closing backtick</source>
        <translation>右反引号后有多余的文本</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>moctl::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+119"/>
        <location line="+348"/>
        <source>MOCTL Studio</source>
        <translation>MOCTL Studio</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will appear here.</source>
        <translation>%1将显示在这里。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+410"/>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Connection profiles will appear here.</source>
        <translation>连接配置将显示在这里。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile colour</source>
        <translation>连接配置颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+298"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-296"/>
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
        <location line="+56"/>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+309"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Operations</source>
        <translation>操作(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;lans</source>
        <translation>维护计划(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedules</source>
        <translation>计划任务(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+31"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the session and forget its password (the keychain keeps a saved one)</source>
        <translation>关闭会话并忘记其密码（钥匙串中已保存的密码会保留）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+199"/>
        <source>P&amp;rofiles</source>
        <translation>连接配置(&amp;R)</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
    <name>moctl::Metrics</name>
    <message>
        <location filename="../core/metrics/metrics.cpp" line="+156"/>
        <source>Cannot write the metrics file %1: %2</source>
        <translation>无法写入指标文件 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--metrics-address takes HOST:PORT, e.g. 127.0.0.1:9464 (not &quot;%1&quot;).</source>
        <translation>--metrics-address 的取值为 HOST:PORT，例如 127.0.0.1:9464（而不是“%1”）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot listen on %1:%2 for metrics: %3</source>
        <translation>无法在 %1:%2 上监听指标：%3</translation>
    </message>
</context>
<context>
    <name>moctl::Notification</name>
    <message>
        <location filename="../core/notify/notification.cpp" line="+47"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a run fails</source>
        <translation>运行失败时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a run succeeds</source>
        <translation>运行成功时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After every run</source>
        <translation>每次运行后</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>JSON run summary</source>
        <translation>JSON 运行摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack (text)</source>
        <translation>Slack（文本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Teams (MessageCard)</source>
        <translation>Microsoft Teams（MessageCard）</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ad-hoc run</source>
        <translation>临时运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test notification from MOCTL Studio for %1 on %2</source>
        <translation>来自 MOCTL Studio 的测试通知：%2 上的 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2: %3 (%4 ok, %5 failed, %6 timed out, %7 skipped) in %8 s</source>
        <translation>%2 上的 %1：%3（%4 个成功，%5 个失败，%6 个超时，%7 个已跳过），耗时 %8 秒</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped</source>
        <translation>%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First error</source>
        <translation>首个错误</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A webhook address is an http:// or https:// URL with a host.</source>
        <translation>Webhook 地址必须是包含主机的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The webhook at %1 did not answer in time.</source>
        <translation>%1 处的 Webhook 未及时应答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>%1 处的 Webhook 返回了 HTTP %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the webhook at %1 (network error %2).</source>
        <translation>无法连接到 %1 处的 Webhook（网络错误 %2）。</translation>
    </message>
</context>
<context>
    <name>moctl::NotificationsDialog</name>
    <message>
        <location filename="../widgets/notificationsdialog.cpp" line="+30"/>
        <source>Notifications of %1</source>
        <translation>%1 的通知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notify:</source>
        <translation>通知(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;desktop notification (runs this window starts or watches)</source>
        <translation>显示桌面通知（针对此窗口启动或关注的运行）(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post to a &amp;webhook (scheduled runs, and moctl run-plan --notify)</source>
        <translation>发送到 Webhook（计划任务的运行，以及 moctl run-plan --notify）(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the keychain; type an address to replace it</source>
        <translation>已保存在钥匙串中；输入地址可替换它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://hooks.example.com/…</source>
        <translation>https://hooks.example.com/…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain, never in the plan file</source>
        <translation>保存在钥匙串中，绝不写入维护计划文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Payload:</source>
        <translation>消息格式(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the address from the keychain…</source>
        <translation>正在从钥匙串读取地址…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No address is stored in the keychain.</source>
        <translation>钥匙串中没有保存地址。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending a test notification…</source>
        <translation>正在发送测试通知…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent: the webhook answered HTTP %1.</source>
        <translation>已发送：Webhook 返回了 HTTP %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain: the address cannot be kept.</source>
        <translation>没有钥匙串：无法保存该地址。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address was not stored: %1</source>
        <translation>地址未保存：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the webhook&apos;s address.</source>
        <translation>请输入 Webhook 的地址。</translation>
    </message>
</context>
<context>
    <name>moctl::Operation</name>
    <message>
        <location filename="../core/moctl/operation.cpp" line="+63"/>
        <source>Flush table</source>
        <translation>刷写表</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/moctl/executor.cpp" line="+251"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Time limit: %1 s.</source>
        <translation>时间限制：%1 秒。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No connection id to kill.</source>
        <translation>没有可终止的连接 ID。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(looked up in mo_catalog.mo_tables to flush by id)</source>
        <translation>（在 mo_catalog.mo_tables 中查找，以按 ID 刷写）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no table with id %1</source>
        <translation>没有 ID 为 %1 的表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no table with id %1 in account %2</source>
        <translation>租户 %2 中没有 ID 为 %1 的表</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+58"/>
        <source>Cancelled before the statement was sent.</source>
        <translation>在发送语句之前已取消。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location filename="../widgets/operationspanel.cpp" line="+48"/>
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
        <location line="+11"/>
        <source>One table per line: database.table (use `backticks` for names with dots)</source>
        <translation>每行一个表：数据库.表（名称中含有点号时请使用`反引号`）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables to flush</source>
        <translation>要刷写的表</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Browse the databases and tables of the current profile, with rows and sizes</source>
        <translation>浏览当前连接配置的数据库和表，包括行数和大小</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkpoint &amp;duration:</source>
        <translation>检查点时长(&amp;D)：</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>Retry &amp;Failed</source>
        <translation>重试失败项(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the failed operations of the last run again, with the same options</source>
        <translation>使用相同选项，再次运行上一次运行中失败的操作</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Operations of the run</source>
        <translation>本次运行的操作</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy as C&amp;SV</source>
        <translation>复制为 CSV(&amp;S)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Running on %1</source>
        <translation>正在 %1 上运行</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tables to flush — %1</source>
        <translation>要刷写的表 — %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>List at least one table to flush (database.table, one per line).</source>
        <translation>请至少列出一个要刷写的表（数据库.表，每行一个）。</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+248"/>
        <source>Choose a profile first.</source>
        <translation>请先选择一个连接配置。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not run on %1: nothing was sent.</source>
        <translation>未在 %1 上运行：未发送任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+13"/>
        <source>Done on %1: %2 of %3 succeeded.</source>
        <translation>已在 %1 上完成：%3 个中 %2 个成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled on %1: %2 succeeded, %3 cancelled.</source>
        <translation>已在 %1 上取消：%2 个成功，%3 个已取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2: %3 succeeded, %4 failed, %5 timed out.</source>
        <translation>%2：%1，%3 个成功，%4 个失败，%5 个超时。</translation>
    </message>
</context>
<context>
    <name>moctl::Plan</name>
    <message>
        <location filename="../core/plan/maintenanceplan.cpp" line="+53"/>
        <source>The pattern &quot;%1&quot; cannot be read: use database.table, where * and ? match any characters (e.g. analytics_db.*).</source>
        <translation>无法读取模式“%1”：请使用 数据库.表 的形式，其中 * 和 ? 可匹配任意字符（例如 analytics_db.*）。</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Flush tables</source>
        <translation>刷写表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incremental checkpoint</source>
        <translation>增量检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global checkpoint</source>
        <translation>全局检查点</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop the plan</source>
        <translation>停止维护计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with the next step</source>
        <translation>继续执行下一步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue, but skip the remaining checkpoints</source>
        <translation>继续，但跳过其余检查点</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>size rule: %1, over %2</source>
        <translation>大小规则：%1，作用于%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every user table of the account</source>
        <translation>该租户的所有用户表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tables the patterns match</source>
        <translation>模式匹配的表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size rule: evaluated from mo_table_rows() and mo_table_size() when the plan runs</source>
        <translation>大小规则：在维护计划运行时根据 mo_table_rows() 和 mo_table_size() 计算</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>size rule selects %n of %1 table(s) now:</source>
        <translation>
            <numerusform>大小规则当前在 %1 个表中选中 %n 个：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>? rows</source>
        <translation>? 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step %1: %2 (disabled, not sent)</source>
        <translation>步骤 %1：%2（已禁用，不发送）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>wait %n second(s)</source>
        <translation>
            <numerusform>等待 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tables of account %1</source>
        <translation>租户 %1 的表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with each table&apos;s index and partition tables (resolved when the plan runs)</source>
        <translation>包括每个表的索引表和分区表（在维护计划运行时解析）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pattern %1: resolved when the plan runs</source>
        <translation>模式 %1：在维护计划运行时解析</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pattern %1 matches no table</source>
        <translation>模式 %1 未匹配任何表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pattern %1 matches %2</source>
        <translation>模式 %1 匹配 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>only when at least %n incremental checkpoint(s) have piled up since the last global one (checked just before)</source>
        <translation>
            <numerusform>仅当自上次全局检查点以来已累积至少 %n 个增量检查点时（在发送前检查）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains a dot; its id is looked up first:</source>
        <translation>%1 包含点号；将先查找其 ID：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup preparation</source>
        <translation>备份准备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performance upkeep</source>
        <translation>性能维护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinated checkpoint</source>
        <translation>协同检查点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flush the critical tables, then force an incremental checkpoint and a global checkpoint.</source>
        <translation>刷写关键表，然后强制执行增量检查点和全局检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flush every table of the databases to back up, then force an incremental checkpoint and a global checkpoint so the backup sees persisted data.</source>
        <translation>刷写待备份数据库中的所有表，然后强制执行增量检查点和全局检查点，使备份能看到已持久化的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flush the largest tables (by rows and size, read just before the run), then force an incremental checkpoint and a global checkpoint to keep replay short.</source>
        <translation>刷写最大的表（按行数和大小，在运行前读取），然后强制执行增量检查点和全局检查点，以缩短重放时间。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Flush the largest tables</source>
        <translation>刷写最大的表</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The plan&apos;s profiles (%1): %2</source>
        <translation>维护计划的连接配置（%1）：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave it empty for the server&apos;s default.</source>
        <translation>留空以使用服务器默认值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of incremental checkpoints must be from 0 to 100000.</source>
        <translation>增量检查点数量必须在 0 到 100000 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a global checkpoint step can wait for incremental checkpoints.</source>
        <translation>只有全局检查点步骤才能等待增量检查点。</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Flush the critical tables, then force a global checkpoint.</source>
        <translation>刷写关键表，然后强制执行全局检查点。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>Flush critical tables</source>
        <translation>刷写关键表</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Flush all tables of the databases to back up</source>
        <translation>刷写待备份数据库中的所有表</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The plan has no name.</source>
        <translation>维护计划没有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan has no steps.</source>
        <translation>维护计划没有步骤。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every step of the plan is disabled.</source>
        <translation>维护计划的所有步骤均已禁用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No profile is chosen; the plan can only run with one given.</source>
        <translation>未选择连接配置；只有指定连接配置后才能运行该维护计划。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan&apos;s profile (%1) does not exist.</source>
        <translation>维护计划的连接配置（%1）不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The timeout must be from 1 to 86400 seconds.</source>
        <translation>超时时间必须在 1 到 86400 秒之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retries must be from 0 to 20.</source>
        <translation>重试次数必须在 0 到 20 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A wait must be from 0 to 86400 seconds.</source>
        <translation>等待时间必须在 0 到 86400 秒之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A wait of 0 seconds does nothing.</source>
        <translation>等待 0 秒不起任何作用。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Parallelism must be from 1 to 64 tables at once.</source>
        <translation>并行度必须为同时 1 到 64 个表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account id must be from 0 to 4294967295.</source>
        <translation>租户 ID 必须在 0 到 4294967295 之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The flush step has no tables or patterns.</source>
        <translation>刷写步骤没有表或模式。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is listed twice in this step.</source>
        <translation>%1 在此步骤中列出了两次。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already flushed by an earlier step.</source>
        <translation>%1 已由前面的步骤刷写。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The table %1 does not exist.</source>
        <translation>表 %1 不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pattern %1 is listed twice in this step.</source>
        <translation>模式 %1 在此步骤中列出了两次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pattern %1 matches no table.</source>
        <translation>模式 %1 未匹配任何表。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan sends nothing: it has only waits.</source>
        <translation>该维护计划不发送任何内容：只包含等待步骤。</translation>
    </message>
</context>
<context>
    <name>moctl::PlanEditor</name>
    <message>
        <location filename="../widgets/planstepslist.cpp" line="+49"/>
        <source>no tables yet</source>
        <translation>尚无表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server default timeout</source>
        <translation>服务器默认超时</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planeditor.cpp" line="+36"/>
        <source>Unsaved plan</source>
        <translation>未保存的维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>维护计划“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../widgets/planfleetrun.cpp" line="+181"/>
        <location filename="../widgets/planpreflightpanel.cpp" line="+246"/>
        <location filename="../widgets/plansqlpreview.cpp" line="+83"/>
        <source>Step %1: </source>
        <translation>步骤 %1：</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../widgets/planpreflightpanel.cpp" line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <location line="-152"/>
        <source>Fleet run finished: %1 — %2 of %n cluster(s) ok.</source>
        <translation>
            <numerusform>集群组运行已结束：%1 — %n 个集群中 %2 个成功。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 — %3 ok, %4 failed</source>
        <translation>%1：%2 — %3 个成功，%4 个失败</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%1 runs on %2: %n cluster(s), %3</source>
        <translation>
            <numerusform>%1 在%2上运行：%n 个集群，%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Checking %n cluster(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个集群…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fleet run was cancelled: nothing was sent.</source>
        <translation>集群组运行已取消：未发送任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No password given; nothing was sent.</source>
        <translation>未提供密码；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preflight found errors: %1</source>
        <translation>预检发现错误：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../widgets/planpreflightpanel.cpp" line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %n cluster(s) ready to run.</source>
        <translation>
            <numerusform>%n 个集群中有 %1 个已可运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan was not run: no cluster is ready.</source>
        <translation>维护计划未运行：没有可运行的集群。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Running %1 on %n cluster(s)…</source>
        <translation>
            <numerusform>正在 %n 个集群上运行 %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planpreflightpanel.cpp" line="+1"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan was not run: the preflight found errors.</source>
        <translation>维护计划未运行：预检发现错误。</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+49"/>
        <source>Running plan %1</source>
        <translation>正在运行维护计划 %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Run finished: %1 — %2 ok, %3 failed, %4 timed out, %5 cancelled, %6 skipped.</source>
        <translation>运行结束：%1 — %2 个成功，%3 个失败，%4 个超时，%5 个已取消，%6 个已跳过。</translation>
    </message>
    <message>
        <location filename="../widgets/planlistpane.cpp" line="+32"/>
        <source>Saved plans</source>
        <translation>已保存的维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty plan</source>
        <translation>空维护计划</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../widgets/planfieldsform.cpp" line="+38"/>
        <source>Profile the plan runs on</source>
        <translation>维护计划运行所用的连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile the plan runs on, also on a schedule. None: the profile that is current when you run it here.</source>
        <translation>维护计划运行所用的连接配置（按计划任务运行时也使用）。不选择：在此处运行时使用当前连接配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the plan runs on</source>
        <translation>维护计划的运行对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One profile, or a fleet: the plan runs on every profile of a group, with a tag, listed by name, or all of them, in parallel</source>
        <translation>一个连接配置，或一个集群组：维护计划会并行地在某分组中的每个连接配置、带某标签的连接配置、按名称列出的连接配置或所有连接配置上运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One profile</source>
        <translation>一个连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles in a group</source>
        <translation>某分组中的连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles with a tag</source>
        <translation>带有某标签的连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles listed by name</source>
        <translation>按名称列出的连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All profiles</source>
        <translation>所有连接配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group, tag or profile names the plan runs on</source>
        <translation>维护计划运行所针对的分组、标签或连接配置名称</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <source>Runs o&amp;n:</source>
        <translation>运行对象(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+9"/>
        <source>S&amp;chedule…</source>
        <translation>计划任务(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the plan runs by itself; Save in the dialog saves it at once</source>
        <translation>维护计划自动运行的时间；在对话框中点击“保存”会立即保存</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The plan is not saved yet: its schedule is saved with it.</source>
        <translation>维护计划尚未保存：其计划任务会随维护计划一起保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change notifications</source>
        <translation>更改通知</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Change target</source>
        <translation>更改运行对象</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n 个连接配置：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>webhook (%1)</source>
        <translation>Webhook（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/planfleetrun.cpp" line="-33"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; scheduled runs: %2</source>
        <translation>%1；计划任务的运行：%2</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Schedule:</source>
        <translation>计划任务：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No&amp;tifications…</source>
        <translation>通知(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is told when the plan&apos;s runs end: a webhook, a desktop notification</source>
        <translation>维护计划的运行结束时通知谁：Webhook、桌面通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename plan</source>
        <translation>重命名维护计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change profile</source>
        <translation>更改连接配置</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change failure policy</source>
        <translation>更改失败策略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../widgets/planstepslist.cpp" line="+19"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps of the plan</source>
        <translation>维护计划的步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to reorder, or Ctrl+Up / Ctrl+Down</source>
        <translation>拖动以调整顺序，或使用 Ctrl+Up / Ctrl+Down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../widgets/planstepeditor.cpp" line="+84"/>
        <location filename="../widgets/planstepslist.cpp" line="+6"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../widgets/planstepslist.cpp" line="+1"/>
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
        <location line="+4"/>
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
        <location line="+3"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location filename="../widgets/planstepeditor.cpp" line="-44"/>
        <source>Step options</source>
        <translation>步骤选项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Enabled (a disabled step is kept but not run)</source>
        <translation>启用（禁用的步骤会保留但不运行）(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit step label</source>
        <translation>编辑步骤标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tables and patterns of the step</source>
        <translation>该步骤的表和模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables and patterns (database.table; * and ? match any characters):</source>
        <translation>表和模式（数据库.表；* 和 ? 匹配任意字符）：</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose tables and patterns from the catalog</source>
        <translation>从目录中选择表和模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse the databases and tables of the plan&apos;s profile, with rows and sizes</source>
        <translation>浏览该维护计划所用连接配置中的数据库和表，包括行数和大小</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+76"/>
        <location line="+23"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-97"/>
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
        <location line="+81"/>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Account</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = the profile&apos;s own account</source>
        <translation>留空 = 连接配置自身的租户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenant whose tables this step flushes (its account id); a sys profile can flush every tenant&apos;s tables, sent as db.table.&lt;account&gt;</source>
        <translation>此步骤刷写其表的租户（其租户 ID）；sys 连接配置可以刷写所有租户的表，以 db.table.&lt;account&gt; 形式发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acco&amp;unt:</source>
        <translation>租户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With its &amp;index and partition tables</source>
        <translation>包括其索引表和分区表(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With its index and partition tables</source>
        <translation>包括其索引表和分区表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MatrixOne flushes exactly one table: also flush each table&apos;s index and partition tables</source>
        <translation>MatrixOne 只刷写所指定的那一个表：同时刷写每个表的索引表和分区表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select by si&amp;ze (read just before the run)</source>
        <translation>按大小选择（在运行前读取）(&amp;Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flush the tables of the patterns above (or, without patterns, every user table of the account) that meet every criterion given, from mo_table_rows() and mo_table_size(); the tables listed above are flushed as well.</source>
        <translation>刷写上述模式（若没有模式，则为该租户的所有用户表）中满足所有给定条件的表，条件依据 mo_table_rows() 和 mo_table_size() 判断；上面列出的表也会被刷写。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>At least this many rows</source>
        <translation>行数至少为</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any, or 512K, 10M, 2G</source>
        <translation>不限，或 512K、10M、2G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least this size</source>
        <translation>大小至少为</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all that match</source>
        <translation>所有匹配的表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the largest tables (by size)</source>
        <translation>仅最大的若干表（按大小）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grown by at least, since the plan&apos;s last run</source>
        <translation>自维护计划上次运行以来至少增长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit of the growth</source>
        <translation>增长的单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes (K, M, G)</source>
        <translation>字节（K、M、G）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of rows</source>
        <translation>行数百分比（%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows at &amp;least:</source>
        <translation>行数至少(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze at least:</source>
        <translation>大小至少(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the lar&amp;gest:</source>
        <translation>仅最大的(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gro&amp;wn since last run by:</source>
        <translation>自上次运行以来增长(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+9"/>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the global checkpoint only when MatrixOne&apos;s checkpoint list shows at least this many incremental checkpoints since the last global one; otherwise the step is skipped and History says why.</source>
        <translation>仅当 MatrixOne 的检查点列表显示自上次全局检查点以来至少有这么多个增量检查点时，才发送全局检查点；否则跳过该步骤，并在历史记录中说明原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only after &amp;incrementals:</source>
        <translation>仅在增量检查点数达到(&amp;I)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Wait:</source>
        <translation>等待(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit duration</source>
        <translation>编辑时长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change account</source>
        <translation>更改租户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change index and partition tables</source>
        <translation>更改索引表和分区表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change parallelism</source>
        <translation>更改并行度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change timeout</source>
        <translation>更改超时时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change retries</source>
        <translation>更改重试次数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change size rule</source>
        <translation>更改大小规则</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change incrementals to wait for</source>
        <translation>更改要等待的增量检查点数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change wait</source>
        <translation>更改等待时间</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The growth must be a whole number.</source>
        <translation>增长量必须是整数。</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Now: selects %n of %1 table(s), %2 in all (see the SQL preview).</source>
        <translation>
            <numerusform>当前：在 %1 个表中选中 %n 个，共 %2（参见 SQL 预览）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Evaluated when the plan runs; Preflight shows what it selects now.</source>
        <translation>%1。在维护计划运行时计算；“预检”可显示当前会选中哪些表。</translation>
    </message>
    <message>
        <location filename="../widgets/plansqlpreview.cpp" line="-17"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+4"/>
        <source>SQL that will be sent</source>
        <translation>将发送的 SQL</translation>
    </message>
    <message>
        <location filename="../widgets/planpreflightpanel.cpp" line="-49"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;flight</source>
        <translation>预检(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect and check the profile, the tables and what the patterns match, without sending mo_ctl</source>
        <translation>连接并检查连接配置、表以及模式匹配的内容，但不发送 mo_ctl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/planmodel.cpp" line="+341"/>
        <source>Change schedule</source>
        <translation>更改计划任务</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+67"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+9"/>
        <source>Choose tables</source>
        <translation>选择表</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reorder steps</source>
        <translation>调整步骤顺序</translation>
    </message>
    <message>
        <location filename="../widgets/planfieldsform.cpp" line="+84"/>
        <source>(none: the current profile)</source>
        <translation>（无：使用当前连接配置）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(missing profile %1)</source>
        <translation>（缺失的连接配置 %1）</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Not scheduled</source>
        <translation>未设置计划任务</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The schedule cannot be used: %1</source>
        <translation>该计划任务无法使用：%1</translation>
    </message>
    <message>
        <location filename="../widgets/planstepeditor.cpp" line="-126"/>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pattern %1</source>
        <translation>模式 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 个表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plansqlpreview.cpp" line="+63"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../widgets/planlistpane.cpp" line="+41"/>
        <source>%1 (cannot be used)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../widgets/planeditor.cpp" line="+352"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New plan</source>
        <translation>新维护计划</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan was not saved: fix the problems listed first.</source>
        <translation>维护计划未保存：请先修正列出的问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the plan</source>
        <translation>无法保存维护计划</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+10"/>
        <source>Import plan</source>
        <translation>导入维护计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans (*.moplan.json *.json);;All files (*)</source>
        <translation>维护计划 (*.moplan.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot import the plan</source>
        <translation>无法导入维护计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export plan</source>
        <translation>导出维护计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans (*.moplan.json)</source>
        <translation>维护计划 (*.moplan.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the plan</source>
        <translation>无法导出维护计划</translation>
    </message>
    <message>
        <location filename="../widgets/planpreflightpanel.cpp" line="+165"/>
        <source>No connection for this plan: choose a profile (or select one in the profiles panel).</source>
        <translation>此维护计划没有连接：请选择一个连接配置（或在连接配置面板中选择）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preflight of %1…</source>
        <translation>正在预检 %1…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The plan was not run: fix the problems listed first.</source>
        <translation>维护计划未运行：请先修正列出的问题。</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Plan run progress</source>
        <translation>维护计划运行进度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preflight and run log</source>
        <translation>预检和运行日志</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Checking plan %1</source>
        <translation>正在检查维护计划 %1</translation>
    </message>
    <message>
        <location filename="../widgets/planfleetrun.cpp" line="+20"/>
        <location filename="../widgets/planpreflightpanel.cpp" line="+92"/>
        <source>The plan was not run: nothing was sent.</source>
        <translation>维护计划未运行：未发送任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../widgets/planpreflightpanel.cpp" line="+7"/>
        <source>A run is already going.</source>
        <translation>已有运行正在进行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planpreflightpanel.cpp" line="+6"/>
        <source>Running %1 (%n statement(s))…</source>
        <translation>
            <numerusform>正在运行 %1（%n 条语句）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::PlanProcessHost</name>
    <message>
        <location filename="../core/schedule/processhost.cpp" line="+103"/>
        <source>moctl could not be started (%1): %2</source>
        <translation>无法启动 moctl（%1）：%2</translation>
    </message>
</context>
<context>
    <name>moctl::PlanStore</name>
    <message>
        <location filename="../core/plan/planstore.cpp" line="+237"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not a plan: the document is not a JSON object.</source>
        <translation>不是维护计划：文档不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not a plan: &quot;format&quot; is not &quot;moctl-plan&quot;.</source>
        <translation>不是维护计划：“format”不是“moctl-plan”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has no valid format version.</source>
        <translation>没有有效的格式版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was written by a newer version of MOCTL Studio (plan format %1; this version reads up to %2). It is left as it is.</source>
        <translation>该文件由更新版本的 MOCTL Studio 写入（维护计划格式 %1；当前版本最高读取 %2）。文件保持原样。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It has no valid plan id.</source>
        <translation>没有有效的维护计划 ID。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It is not a schedule.</source>
        <translation>不是计划任务。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown on-failure policy &quot;%1&quot;.</source>
        <translation>未知的失败处理策略“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;steps&quot; is missing or not a list.</source>
        <translation>“steps”缺失或不是列表。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+19"/>
        <source>a table is not a JSON object.</source>
        <translation>某个表不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a table needs a database and a table name, or a table id.</source>
        <translation>表需要提供数据库名和表名，或表 ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a pattern is not a string.</source>
        <translation>某个模式不是字符串。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;account&quot; must be an account id (a whole number from 0 to 4294967295).</source>
        <translation>“account”必须是租户 ID（0 到 4294967295 之间的整数）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;withCompanions&quot; must be true or false.</source>
        <translation>“withCompanions”必须为 true 或 false。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;minIncrementals&quot; belongs to a global checkpoint step.</source>
        <translation>“minIncrementals”只能用于全局检查点步骤。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;minIncrementals&quot; must be a whole number from 0 to 100000.</source>
        <translation>“minIncrementals”必须是 0 到 100000 之间的整数。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+80"/>
        <source>The plan refers to a profile that does not exist (%1).</source>
        <translation>该维护计划引用了不存在的连接配置（%1）。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Another file (%1) holds a plan with the same id.</source>
        <translation>另一个文件（%1）中包含 ID 相同的维护计划。</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Another plan is already called &quot;%1&quot; (%2); plan names must be unique.</source>
        <translation>已有另一个维护计划名为“%1”（%2）；维护计划名称必须唯一。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no such plan.</source>
        <translation>没有该维护计划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (imported %2)</source>
        <translation>%1（已导入 %2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>moctl::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+28"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
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
        <source>History</source>
        <translation>历史记录</translation>
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
        <location line="+3"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep at &amp;most (runs):</source>
        <translation>最多保留（运行数）(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History location</source>
        <translation>历史记录位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer (local file)</source>
        <translation>本机（本地文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared database (MySQL protocol)</source>
        <translation>共享数据库（MySQL 协议）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared history URL</source>
        <translation>共享历史记录 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database URL:</source>
        <translation>数据库 URL(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>未更改（保存在钥匙串中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared history password</source>
        <translation>共享历史记录密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the shared database&apos;s URL.</source>
        <translation>请提供共享数据库的 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the shared database&apos;s URL, or choose this computer.</source>
        <translation>请提供共享数据库的 URL，或选择本机。</translation>
    </message>
</context>
<context>
    <name>moctl::Preflight</name>
    <message>
        <location filename="../core/plan/preflight.cpp" line="+73"/>
        <source>The user belongs to the account &quot;%1&quot;; mo_ctl only runs for the sys account.</source>
        <translation>该用户属于租户“%1”；mo_ctl 只能由 sys 租户执行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The role &quot;%1&quot; may lack the mo_ctl privilege; MatrixOne grants it to moadmin.</source>
        <translation>角色“%1”可能没有 mo_ctl 权限；MatrixOne 将该权限授予 moadmin。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1 (%2).</source>
        <translation>已连接到 %1（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not say it is MatrixOne; mo_ctl may not exist there.</source>
        <translation>服务器未表明自己是 MatrixOne；其上可能不存在 mo_ctl。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot list the tables (mo_catalog.mo_tables): %1. Tables and patterns were not checked.</source>
        <translation>无法列出表（mo_catalog.mo_tables）：%1。未检查表和模式。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The table %1 does not exist (any more).</source>
        <translation>表 %1 不存在（或已不存在）。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The size rule (%1) selects %n table(s) now.</source>
        <translation>
            <numerusform>大小规则（%1）当前选中 %n 个表。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pattern %1 matches no table.</source>
        <translation>模式 %1 未匹配任何表。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The pattern %1 matches %n table(s).</source>
        <translation>
            <numerusform>模式 %1 匹配 %n 个表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>About %1 rows and %2 to flush in %n table(s).</source>
        <translation>
            <numerusform>%n 个表中约有 %1 行、%2 数据需要刷写。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::ProfileEditorDialog</name>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="+52"/>
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
        <location line="+11"/>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Profile — %1</source>
        <translation>编辑连接配置 — %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+24"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example prod-eu</source>
        <translation>例如 prod-eu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example eu, tier-1</source>
        <translation>例如 eu, tier-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels separated by commas; a fleet plan can run on every profile with a tag (tag:eu). Up to %1 characters each, without &quot;:&quot;.</source>
        <translation>以逗号分隔的标签；集群组维护计划可以在带有某标签的所有连接配置上运行（tag:eu）。每个标签最多 %1 个字符，不能包含“:”。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm &amp;before running</source>
        <translation>运行前确认(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every run on this profile first says what it will send (kind, tables, cluster) and waits for a yes. On by default for production profiles (the red colour, or a group called production).</source>
        <translation>在此连接配置上的每次运行都会先说明将要发送的内容（类型、表、集群），并等待确认。生产环境的连接配置（红色，或名为 production 的分组）默认开启。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+10"/>
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
        <location line="+2"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key file</source>
        <translation>客户端密钥文件</translation>
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
        <location line="+9"/>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test the connection to see the server version, the account and role, and whether mo_ctl is allowed.</source>
        <translation>测试连接，查看服务器版本、租户和角色，以及是否允许使用 mo_ctl。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the new profile</source>
        <translation>新连接配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the profile %1</source>
        <translation>连接配置“%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个连接配置名为“%1”。</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <message>
        <location line="+7"/>
        <source>%1 Type the password above to test with it.</source>
        <translation>%1 请在上方输入密码，以便用它进行测试。</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileStore</name>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="+69"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>无法读取连接配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles file %1 cannot be used: %2 It was left untouched; profiles are read-only until it is repaired or moved aside.</source>
        <translation>无法使用连接配置文件 %1：%2 文件未作改动；在修复或将其移开之前，连接配置为只读。</translation>
    </message>
    <message>
        <location line="+108"/>
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
        <location line="+20"/>
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
        <location line="+2"/>
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
        <location line="+19"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile &quot;%1&quot; cannot be imported: %2</source>
        <translation>无法导入连接配置“%1”：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (imported %2)</source>
        <translation>%1（已导入 %2）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; has the id of an existing profile but another host, port or user: added as a new profile without a password (the stored password stays with the existing one; use --replace to replace it).</source>
        <translation>“%1”的 ID 与现有连接配置相同，但主机、端口或用户不同：已作为不带密码的新连接配置添加（保存的密码仍属于现有连接配置；使用 --replace 可替换它）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; replaced the profile with its id and now points to another host, port or user: its stored password was removed.</source>
        <translation>“%1”替换了具有相同 ID 的连接配置，且现在指向不同的主机、端口或用户：其保存的密码已被删除。</translation>
    </message>
</context>
<context>
    <name>moctl::ProfileTreeModel</name>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="+124"/>
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
        <location line="+35"/>
        <source>%1
%2@%3:%4
TLS: %5%6%7</source>
        <translation>%1
%2@%3:%4
TLS：%5%6%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>moctl::ProfilesPanel</name>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="+47"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the session and forget its password (the keychain keeps a saved one)</source>
        <translation>关闭会话并忘记其密码（钥匙串中已保存的密码会保留）</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+11"/>
        <location line="+1"/>
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
        <location line="+184"/>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>No profiles yet. A profile says how to reach a MatrixOne cluster: host, port and user (the password goes to the system keychain).</source>
        <translation>尚无连接配置。连接配置说明如何访问 MatrixOne 集群：主机、端口和用户（密码保存在系统钥匙串中）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create a Profile…</source>
        <translation>创建连接配置(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the &amp;Demo Profile</source>
        <translation>添加演示连接配置(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>127.0.0.1:6001, user root, password 111: the local demo server (scripts/demo) or a MatrixOne with its default account</source>
        <translation>127.0.0.1:6001，用户 root，密码 111：本地演示服务器（scripts/demo），或使用默认账号的 MatrixOne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo profile: 127.0.0.1:6001, user root.</source>
        <translation>演示连接配置：127.0.0.1:6001，用户 root。</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+60"/>
        <source>Local demo</source>
        <translation>本地演示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local demo %1</source>
        <translation>本地演示 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local demo server (scripts/demo), or a MatrixOne with its default account.</source>
        <translation>本地演示服务器（scripts/demo），或使用默认账号的 MatrixOne。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added the profile %1 (127.0.0.1:6001, user root). Double-click it or press Connect.</source>
        <translation>已添加连接配置 %1（127.0.0.1:6001，用户 root）。双击它或点击“连接”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No password is saved for &quot;%1&quot; in the keychain.</source>
        <translation>钥匙串中没有保存“%1”的密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available on this system, so no password of &quot;%1&quot; is saved there.</source>
        <translation>此系统上没有可用的钥匙串，因此其中没有保存“%1”的密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain did not give the password of &quot;%1&quot;.</source>
        <translation>钥匙串未提供“%1”的密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain did not give the password of &quot;%1&quot; (%2).</source>
        <translation>钥匙串未提供“%1”的密码（%2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No keychain is available on this system.</source>
        <translation>此系统上没有可用的钥匙串。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No keychain is available on this system, so the password of &quot;%1&quot; was not saved.</source>
        <translation>此系统上没有可用的钥匙串，因此“%1”的密码未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused to save the password of &quot;%1&quot;.</source>
        <translation>钥匙串拒绝保存“%1”的密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password Not Saved</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it in memory for this session only? It is forgotten when MOCTL Studio closes, and you will be asked for it again next time.</source>
        <translation>是否仅在本次会话中将其保存在内存中？MOCTL Studio 关闭时会忘记它，下次将再次询问。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep for This Session Only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget It</source>
        <translation>不保留</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password of &quot;%1&quot; is kept for this session only.</source>
        <translation>“%1”的密码仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of &quot;%1&quot; was not saved.</source>
        <translation>“%1”的密码未保存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+2"/>
        <source>Delete Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session</source>
        <translation>在本次会话中记住</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server refused the password of &quot;%1&quot;. Enter it again.</source>
        <translation>服务器拒绝了“%1”的密码。请重新输入。</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+22"/>
        <source>Import Profiles</source>
        <translation>导入连接配置</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>连接配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %n profile(s). Passwords are not part of the file; enter them when connecting.</source>
        <translation>
            <numerusform>已导入 %n 个连接配置。文件中不包含密码；请在连接时输入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export Profiles</source>
        <translation>导出连接配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles (*.json)</source>
        <translation>连接配置 (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../core/moctl/reply.cpp" line="+58"/>
        <source>
[cut by MOCTL Studio: the reply had %1 characters; the first %2 are kept]</source>
        <translation>
[已被 MOCTL Studio 截断：应答共 %1 个字符；保留了前 %2 个]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the reply is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply is %1 characters long, over the %2 a mo_ctl reply can be</source>
        <translation>应答长度为 %1 个字符，超过了 mo_ctl 应答的上限 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>不是 JSON（%1，位于偏移量 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected method &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>应为方法“%1”，但收到“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply has no &quot;result&quot;</source>
        <translation>应答中没有“result”</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/runner/runtypes.cpp" line="+120"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attempted</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>moctl::RunConfirmation</name>
    <message>
        <location filename="../widgets/runconfirmation.cpp" line="+36"/>
        <source>This profile asks before every run (Confirm before running, in the profile).</source>
        <translation>此连接配置要求每次运行前确认（连接配置中的“运行前确认”）。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Don&apos;t Run</source>
        <translation>不运行(&amp;D)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These profiles ask before every run (Confirm before running, in the profile). Run means every cluster of the fleet.</source>
        <translation>这些连接配置要求每次运行前确认（连接配置中的“运行前确认”）。“运行”指在集群组的所有集群上运行。</translation>
    </message>
</context>
<context>
    <name>moctl::RunDescription</name>
    <message>
        <location filename="../core/runner/rundescription.cpp" line="+62"/>
        <source>Run on %1?</source>
        <translation>在 %1 上运行？</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This sends %n statement(s) to the cluster %1:</source>
        <translation>
            <numerusform>此操作将向集群 %1 发送 %n 条语句：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The plan &quot;%1&quot; sends %n statement(s) to the cluster %2:</source>
        <translation>
            <numerusform>维护计划“%1”将向集群 %2 发送 %n 条语句：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>flush %n table(s): %1</source>
        <translation>
            <numerusform>刷写 %n 个表：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (duration %1)</source>
        <translation>（时长 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incremental checkpoint(s)</source>
        <translation>
            <numerusform>%n 个增量检查点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n global checkpoint(s)</source>
        <translation>
            <numerusform>%n 个全局检查点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (no statements)</source>
        <translation>无（没有语句）</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Run on %n cluster(s)?</source>
        <translation>
            <numerusform>在 %n 个集群上运行？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The plan &quot;%1&quot; runs on %n cluster(s) at once; these ask before every run:</source>
        <translation>
            <numerusform>维护计划“%1”将同时在 %n 个集群上运行；以下集群要求每次运行前确认：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n other cluster(s): %1</source>
        <translation>
            <numerusform>以及另外 %n 个集群：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::RunNotifier</name>
    <message>
        <location filename="../core/notify/runnotifier.cpp" line="+35"/>
        <source>no keychain holds the webhook&apos;s address</source>
        <translation>没有钥匙串保存该 Webhook 的地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan has a webhook but no address is stored in the keychain</source>
        <translation>该维护计划设置了 Webhook，但钥匙串中没有保存地址</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%n attempt(s))</source>
        <translation>
            <numerusform>%1（尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Webhook notified (%n attempt(s)).</source>
        <translation>
            <numerusform>已通知 Webhook（尝试 %n 次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 个集群</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notification was not sent: %1</source>
        <translation>通知未发送：%1</translation>
    </message>
</context>
<context>
    <name>moctl::RunOperationsModel</name>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="+93"/>
        <source>%1
SQL: %2</source>
        <translation>%1
SQL：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running (attempt %1)</source>
        <translation>运行中（第 %1 次尝试）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started (cancelled)</source>
        <translation>未开始（已取消）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>moctl::Runner</name>
    <message>
        <location filename="../core/runner/runner.cpp" line="+207"/>
        <source>not attempted: server unreachable (it stopped answering earlier in this run; nothing was sent)</source>
        <translation>未尝试：服务器不可达（它在本次运行中较早时已停止应答；未发送任何内容）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled while waiting to try again after: %1</source>
        <translation>在等待重试时被取消，上次错误：%1</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+62"/>
        <source>Cancelled before it started.</source>
        <translation>在开始前被取消。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Skipped: checkpoints are skipped after a failed step.</source>
        <translation>已跳过：某个步骤失败后将跳过检查点。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Skipped: %n incremental checkpoint(s) since the last global one, fewer than the %1 the step asks for.</source>
        <translation>
            <numerusform>已跳过：自上次全局检查点以来有 %n 个增量检查点，少于该步骤要求的 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Skipped: step %1 failed and the plan stops on failure.</source>
        <translation>已跳过：步骤 %1 失败，且该维护计划设置为失败即停止。</translation>
    </message>
</context>
<context>
    <name>moctl::Schedule</name>
    <message>
        <location filename="../core/schedule/schedule.cpp" line="+395"/>
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
        <location line="+48"/>
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
        <location line="+5"/>
        <source>Unknown notification choice &quot;%1&quot; (inherit, never, failure, success or always).</source>
        <translation>未知的通知选项“%1”（inherit、never、failure、success 或 always）。</translation>
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
        <location filename="../widgets/scheduleeditor.cpp" line="+67"/>
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
    <message>
        <location line="+4"/>
        <source>Notifications of scheduled runs</source>
        <translation>计划任务运行的通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is told of the runs this schedule starts: as the plan&apos;s notifications say, or otherwise (for example only when a nightly run fails). Runs started by hand follow the plan&apos;s notifications.</source>
        <translation>此计划任务启动的运行如何通知：按维护计划的通知设置，或另行设置（例如仅在夜间运行失败时通知）。手动启动的运行遵循维护计划的通知设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the plan&apos;s notifications say</source>
        <translation>按维护计划的通知设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify:</source>
        <translation>通知(&amp;N)：</translation>
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
        <location line="+144"/>
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
    <message>
        <location line="+9"/>
        <source>The run of %1 succeeded: %2</source>
        <translation>%1 的运行成功：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run succeeded</source>
        <translation>运行成功</translation>
    </message>
</context>
<context>
    <name>moctl::Scheduler</name>
    <message>
        <location filename="../core/plan/planstore.cpp" line="-168"/>
        <source>its schedule cannot be used: %1</source>
        <translation>其计划任务无法使用：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+10"/>
        <source>The plan %1 was not found in %2.</source>
        <translation>在 %2 中未找到维护计划 %1。</translation>
    </message>
    <message>
        <location filename="../core/schedule/scheduler.cpp" line="+72"/>
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
        <location line="+2"/>
        <source>Clock set back</source>
        <translation>时钟回拨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run by another host</source>
        <translation>由另一台主机运行</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clock was set back by about %1 (runs were handled up to %2); the schedule counts again from now, next run %3.</source>
        <translation>时钟被回拨了约 %1（运行已处理到 %2）；计划任务从现在起重新计时，下次运行：%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The clock was set back by about %1 (runs were handled up to %2); slots already run are not run again, next run %3.</source>
        <translation>时钟被回拨了约 %1（运行已处理到 %2）；已运行过的时间点不会再次运行，下次运行：%3。</translation>
    </message>
    <message>
        <location line="+196"/>
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
        <location line="+20"/>
        <location line="+107"/>
        <source>The run due at %1 is run by %2, which claimed it first.</source>
        <translation>原定于 %1 的运行由 %2 执行，它先认领了该运行。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>on host %1 (pid %2)</source>
        <translation>在主机 %1 上（PID %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in another process (pid %1)</source>
        <translation>另一个进程（PID %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <location line="-136"/>
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
        <location line="+5"/>
        <source>One run is already queued; the run due at %1 is skipped.</source>
        <translation>已有一个运行在排队；原定于 %1 的运行将被跳过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run due at %1 is skipped.</source>
        <translation>原定于 %1 的运行将被跳过。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+73"/>
        <source>Started the missed run due at %1.</source>
        <translation>已启动原定于 %1 的错过的运行。</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <source>Started the run due at %1.</source>
        <translation>已启动原定于 %1 的运行。</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+13"/>
        <location line="+48"/>
        <location line="+46"/>
        <location line="+29"/>
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
        <location filename="../widgets/schedulesmodel.cpp" line="+167"/>
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
        <location filename="../widgets/scheduleeditor.cpp" line="+10"/>
        <source>Schedule of %1</source>
        <translation>%1 的计划任务</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the schedule of %1</source>
        <translation>“%1”的计划任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../widgets/schedulespage.cpp" line="+33"/>
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
        <location line="+26"/>
        <source>Schedules</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan has a schedule yet. On the Plans page, open a plan and choose &lt;b&gt;Schedule…&lt;/b&gt; to run it every night, every few hours or on chosen days; its runs and the scheduler&apos;s decisions show here.</source>
        <translation>尚无维护计划设置计划任务。在“维护计划”页打开一个维护计划并选择 &lt;b&gt;计划任务…&lt;/b&gt;，即可让它每晚、每隔几小时或在指定日期运行；其运行情况和调度器的决策会显示在这里。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recent scheduler &amp;decisions:</source>
        <translation>调度器最近的决策(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent scheduler decisions</source>
        <translation>调度器最近的决策</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location filename="../core/connection/secretstore.cpp" line="+29"/>
        <source>The keychain did not answer within two minutes.</source>
        <translation>钥匙串在两分钟内没有响应。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No keychain is available on this system (%1); the password was not saved or read there.</source>
        <translation>此系统上没有可用的钥匙串（%1）；密码未在其中保存或读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain failed: %1</source>
        <translation>钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>moctl::ServerVersion</name>
    <message>
        <location filename="../core/moctl/serverversion.cpp" line="+23"/>
        <source>flush a table by name (db.tbl)</source>
        <translation>按名称刷写表（db.tbl）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>force an incremental checkpoint</source>
        <translation>强制执行增量检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>force a global checkpoint</source>
        <translation>强制执行全局检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flush a table by table id</source>
        <translation>按表 ID 刷写表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flush a tenant&apos;s table (db.tbl.&lt;account id&gt;)</source>
        <translation>刷写租户的表（db.tbl.&lt;account id&gt;）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This server is MatrixOne v%1, which cannot %2: that form exists since MatrixOne v%3. Nothing was sent.</source>
        <translation>此服务器为 MatrixOne v%1，无法%2：该形式自 MatrixOne v%3 起才提供。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contains a dot, so it can only be flushed by table id.</source>
        <translation>%1 包含点号，因此只能按表 ID 刷写。</translation>
    </message>
</context>
<context>
    <name>moctl::Session</name>
    <message>
        <location filename="../core/connection/session.cpp" line="+47"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>No password for the profile %1.</source>
        <translation>连接配置 %1 没有密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password for the profile %1: none is saved in the keychain and none is kept for this session. Connect to the profile, or save its password.</source>
        <translation>连接配置 %1 没有密码：钥匙串中没有保存，本次会话中也没有保留。请连接到该连接配置，或保存其密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No password for the profile %1: %2</source>
        <translation>连接配置 %1 没有密码：%2</translation>
    </message>
</context>
<context>
    <name>moctl::SharedLeaseStore</name>
    <message>
        <location filename="../core/schedule/sharedlease.cpp" line="+102"/>
        <source>Cannot open the shared history database for the plan lease</source>
        <translation>无法打开共享历史记录数据库以获取维护计划租约</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the plan lease tables</source>
        <translation>无法创建维护计划租约表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the plan lease</source>
        <translation>无法读取维护计划租约</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+16"/>
        <location line="+18"/>
        <source>Cannot take the plan lease</source>
        <translation>无法获取维护计划租约</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it changed hands too often</source>
        <translation>其持有者变更过于频繁</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot renew the plan lease</source>
        <translation>无法续订维护计划租约</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot release the plan lease</source>
        <translation>无法释放维护计划租约</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Cannot claim the schedule slot</source>
        <translation>无法认领计划任务时段</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot prune the schedule slots</source>
        <translation>无法清理计划任务时段</translation>
    </message>
</context>
<context>
    <name>moctl::SharedPlanLease</name>
    <message>
        <location line="-243"/>
        <source>host %1, process %2</source>
        <translation>主机 %1，进程 %2</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>the plan_leases table of the shared history</source>
        <translation>共享历史记录中的 plan_leases 表</translation>
    </message>
</context>
<context>
    <name>moctl::SizeRule</name>
    <message>
        <location filename="../core/plan/sizerule.cpp" line="+57"/>
        <source>a size in bytes (a whole number, or text such as &quot;10M&quot;)</source>
        <translation>以字节为单位的大小（整数，或“10M”之类的文本）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a size: use bytes, or a number with K, M, G or T (e.g. 10M).</source>
        <translation>“%1”不是有效的大小：请使用字节数，或带 K、M、G 或 T 的数字（例如 10M）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”过大。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rows ≥ %1</source>
        <translation>行数 ≥ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size ≥ %1</source>
        <translation>大小 ≥ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grown by ≥ %1 rows since the plan&apos;s last run</source>
        <translation>自维护计划上次运行以来增长 ≥ %1 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grown by ≥ %1 since the plan&apos;s last run</source>
        <translation>自维护计划上次运行以来增长 ≥ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows grown by ≥ %1% since the plan&apos;s last run</source>
        <translation>自维护计划上次运行以来行数增长 ≥ %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the %n largest</source>
        <translation>
            <numerusform>最大的 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no criterion</source>
        <translation>无条件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;sizeRule&quot;: %1</source>
        <translation>“sizeRule”：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field &quot;%1&quot; (known: %2).</source>
        <translation>未知字段“%1”（已知字段：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;version&quot; is missing.</source>
        <translation>缺少“version”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is not understood (this version of MOCTL Studio reads version %2).</source>
        <translation>无法识别版本 %1（当前版本的 MOCTL Studio 读取版本 %2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;minRows&quot; must be a whole number of rows, 0 or more.</source>
        <translation>“minRows”必须是 0 或更大的整数行数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;minSize&quot;: %1</source>
        <translation>“minSize”：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;largest&quot; must be a number of tables from 1 to 100000.</source>
        <translation>“largest”必须是 1 到 100000 之间的表数量。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;grownBy&quot; must be an object with one of &quot;rows&quot;, &quot;size&quot; or &quot;percent&quot;.</source>
        <translation>“grownBy”必须是包含“rows”、“size”或“percent”之一的对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;grownBy&quot;: &quot;%1&quot; must be a whole number, 0 or more.</source>
        <translation>“grownBy”：“%1”必须是 0 或更大的整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;grownBy&quot;: &quot;size&quot;: %1</source>
        <translation>“grownBy”：“size”：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;grownBy&quot;: unknown field &quot;%1&quot; (known: rows, size, percent).</source>
        <translation>“grownBy”：未知字段“%1”（已知字段：rows、size、percent）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no criterion (minRows, minSize, largest or grownBy).</source>
        <translation>没有任何条件（minRows、minSize、largest 或 grownBy）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The size rule has no criterion: give a minimum of rows or size, a number of largest tables, or a growth.</source>
        <translation>该大小规则没有条件：请指定最小行数或大小、最大表的数量，或增长量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum of rows cannot be negative.</source>
        <translation>最小行数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum size cannot be negative.</source>
        <translation>最小大小不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of largest tables must be from 1 to 100000.</source>
        <translation>最大表的数量必须在 1 到 100000 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The growth cannot be negative.</source>
        <translation>增长量不能为负数。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>rows unknown</source>
        <translation>行数未知</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 rows &lt; %2</source>
        <translation>%1 行 &lt; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+44"/>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no earlier figures</source>
        <translation>没有先前的数据</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>grew %1</source>
        <translation>增长 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matches</source>
        <translation>符合</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>not among the %n largest</source>
        <translation>
            <numerusform>不在最大的 %n 个之中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::Statement</name>
    <message>
        <location filename="../core/moctl/statement.cpp" line="+70"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains a dot, so MatrixOne cannot address it by name; it must be flushed by table id.</source>
        <translation>%1 包含点号，MatrixOne 无法按名称访问它；必须按表 ID 刷写。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown operation.</source>
        <translation>未知操作。</translation>
    </message>
</context>
<context>
    <name>moctl::TableGrowthDialog</name>
    <message>
        <location filename="../widgets/tablegrowthdialog.cpp" line="+41"/>
        <source>Table growth: %1</source>
        <translation>表增长：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading History…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flushed at</source>
        <translation>刷写时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows change</source>
        <translation>行数变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size change</source>
        <translation>大小变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows and size of the table at each run that flushed it</source>
        <translation>该表在每次刷写它的运行中的行数和大小</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>History has no rows or size for this table: they are recorded when a plan with a size rule flushes it.</source>
        <translation>历史记录中没有该表的行数或大小：这些数据在带大小规则的维护计划刷写该表时才会记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n run(s) recorded its figures. From %1 rows and %2 to %3 rows and %4.</source>
        <translation>
            <numerusform>%n 个运行记录了其数据。从 %1 行、%2 变为 %3 行、%4。</numerusform>
        </translation>
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
        <location line="+5"/>
        <source>it is empty</source>
        <translation>模式为空</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+14"/>
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
        <location line="+4"/>
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
        <location line="+9"/>
        <source>Table %1 of the selection needs both &quot;database&quot; and &quot;table&quot; as text.</source>
        <translation>选择中的第 %1 个表需要以文本形式同时提供“database”和“table”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table %1 of the selection: %2</source>
        <translation>选择中的第 %1 个表：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table %1 of the selection has an id that is not a table id.</source>
        <translation>选择中的第 %1 个表的 ID 不是有效的表 ID。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table %1 of the selection has an account that is not an account id.</source>
        <translation>选择中的第 %1 个表的租户不是有效的租户 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 of the selection names no table and no id.</source>
        <translation>选择中的第 %1 个表既没有表名也没有 ID。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../widgets/tableselectordialog.cpp" line="+15"/>
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
        <source>Show &amp;internal tables</source>
        <translation>显示内部表(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show internal tables</source>
        <translation>显示内部表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MatrixOne&apos;s index and partition tables, which SHOW TABLES and patterns leave out; each shows which table it belongs to</source>
        <translation>MatrixOne 的索引表和分区表，SHOW TABLES 和模式都不包含它们；每个表都会显示其所属的表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;tenants</source>
        <translation>所有租户(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tables of all tenants</source>
        <translation>显示所有租户的表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sys profile sees every tenant&apos;s tables: show them grouped by tenant</source>
        <translation>sys 连接配置可以看到所有租户的表：按租户分组显示</translation>
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
        <location line="+2"/>
        <source>Databases and their tables; space checks or unchecks the current row</source>
        <translation>数据库及其表；按空格键勾选或取消勾选当前行</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+5"/>
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
        <location line="+16"/>
        <source>Pa&amp;ttern:</source>
        <translation>模式(&amp;T)：</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Type a pattern (or a filter) first, e.g. analytics_db.* or *.event_*.</source>
        <translation>请先输入模式（或筛选文本），例如 analytics_db.* 或 *.event_*。</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
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
        <location line="+9"/>
        <source>Reading databases and tables from %1…</source>
        <translation>正在从 %1 读取数据库和表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot list the tables: %1</source>
        <translation>无法列出表：%1</translation>
    </message>
</context>
<context>
    <name>moctl::TableTreeModel</name>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="+383"/>
        <source>%1 (account %2)</source>
        <translation>%1（租户 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Tenant %1, account id %2: %n database(s)</source>
        <translation>
            <numerusform>租户 %1，租户 ID %2：%n 个数据库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
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
        <location line="+68"/>
        <source>Table id %1</source>
        <translation>表 ID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An index or partition table of %1: flushed on its own (&quot;with its index and partition tables&quot;).</source>
        <translation>%1 的索引表或分区表：单独刷写（“包括其索引表和分区表”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of MatrixOne&apos;s internal tables.</source>
        <translation>MatrixOne 的内部表之一。</translation>
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
        <location line="+183"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>moctl::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+32"/>
        <source>force an incremental checkpoint [--duration 30s]</source>
        <translation>强制执行增量检查点 [--duration 30s]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>force a global checkpoint [--duration 30s]</source>
        <translation>强制执行全局检查点 [--duration 30s]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>saved connection profiles: list | show NAME | add NAME --host H [...] | remove NAME | export [NAME...] | import FILE</source>
        <translation>已保存的连接配置：list | show NAME | add NAME --host H [...] | remove NAME | export [NAME...] | import FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list recorded runs [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]; --format text|json|csv</source>
        <translation>列出已记录的运行 [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]；--format text|json|csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scheduled plans: schedule list | run [--grace MIN] [--wait S] (cron, timers)</source>
        <translation>按计划任务运行的维护计划：schedule list | run [--grace MIN] [--wait S]（供 cron、定时器调用）</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>flush tables: flush DB.TABLE|PATTERN... | --id N [--account ID] [--with-companions]</source>
        <translation>刷写表：flush DB.TABLE|PATTERN... | --id N [--account ID] [--with-companions]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list tables with ids, rows and sizes: tables [DB...] [--system] [--internal] [--all-accounts]</source>
        <translation>列出表及其 ID、行数和大小：tables [DB...] [--system] [--internal] [--all-accounts]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MatrixOne&apos;s checkpoint list: the last global checkpoint and the incrementals since it; --format text|json</source>
        <translation>MatrixOne 的检查点列表：最近一次全局检查点及其后的增量检查点；--format text|json</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>keep running and run plans on their schedules [--grace MIN] [--metrics-address HOST:PORT]</source>
        <translation>持续运行，并按计划任务运行维护计划 [--grace MIN] [--metrics-address HOST:PORT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: moctl [options] COMMAND [command options]</source>
        <translation>用法：moctl [选项] 命令 [命令选项]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance operations for MatrixOne clusters (mo_ctl).</source>
        <translation>MatrixOne 集群运维操作（mo_ctl）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server host (127.0.0.1)</source>
        <translation>服务器主机（127.0.0.1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server port (6001)</source>
        <translation>服务器端口（6001）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user, also account:user[:role] or account#user[#role] (root)</source>
        <translation>用户，也可写作 account:user[:role] 或 account#user[#role]（root）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a saved connection profile</source>
        <translation>使用已保存的连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the password from standard input (else MOCTL_PASSWORD)</source>
        <translation>从标准输入读取密码（否则使用 MOCTL_PASSWORD）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the password from a file only its owner can read (a mounted Secret)</source>
        <translation>从只有其所有者可读的文件中读取密码（例如挂载的 Secret）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY (refused: see README)</source>
        <translation>DISABLED、PREFERRED（默认）、REQUIRED、VERIFY_CA 或 VERIFY_IDENTITY（会被拒绝：参见 README）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA certificate, client certificate and key (PEM)</source>
        <translation>CA 证书、客户端证书和密钥（PEM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json: a run prints one JSON object per event (ts, level, event) for log collectors</source>
        <translation>json：运行时每个事件输出一个 JSON 对象（ts、level、event），供日志收集器使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the SQL that would be sent and send nothing</source>
        <translation>打印将要发送的 SQL，但不发送任何内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where profiles, plans and history are kept</source>
        <translation>连接配置、维护计划和历史记录的存放位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history: mysql://user@host:port/db (shared) or a file (else MOCTL_HISTORY)</source>
        <translation>历史记录：mysql://user@host:port/db（共享）或文件（否则使用 MOCTL_HISTORY）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the shared history&apos;s password (else the keychain entry &quot;history:URL&quot;)</source>
        <translation>共享历史记录的密码（否则使用钥匙串条目“history:URL”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flush and checkpoint options: --timeout SECONDS, --retries N, --parallel N (flush).</source>
        <translation>刷写和检查点选项：--timeout SECONDS、--retries N、--parallel N（刷写）。</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Give --password-stdin or --password-file, not both.</source>
        <translation>请提供 --password-stdin 或 --password-file 之一，不要同时提供。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--password-file needs a file name.</source>
        <translation>--password-file 需要一个文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--log-format takes text or json.</source>
        <translation>--log-format 的取值为 text 或 json。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ssl-mode takes DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>--ssl-mode 的取值为 DISABLED、PREFERRED、REQUIRED、VERIFY_CA 或 VERIFY_IDENTITY。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords are never taken as arguments; use MOCTL_PASSWORD, --password-stdin or --password-file FILE.</source>
        <translation>不接受通过参数传递密码；请使用 MOCTL_PASSWORD、--password-stdin 或 --password-file FILE。</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+29"/>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>run a saved plan: run-plan FILE|NAME | --plan-file FILE [--profile NAME | --profiles group:G|tag:T|all|A,B [--max-clusters N]] [--dry-run] [--notify] [--metrics-textfile FILE]</source>
        <translation>运行已保存的维护计划：run-plan FILE|NAME | --plan-file FILE [--profile NAME | --profiles group:G|tag:T|all|A,B [--max-clusters N]] [--dry-run] [--notify] [--metrics-textfile FILE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved plans: plans list | show FILE|NAME | validate [FILE|NAME] | notify NAME [--when W] [--preset P] [--webhook-url-stdin|--no-webhook] [--desktop|--no-desktop] [--scheduled-when W|inherit] [--test]</source>
        <translation>已保存的维护计划：plans list | show FILE|NAME | validate [FILE|NAME] | notify NAME [--when W] [--preset P] [--webhook-url-stdin|--no-webhook] [--desktop|--no-desktop] [--scheduled-when W|inherit] [--test]</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or bad input (nothing sent), 3 cannot connect or authenticate (also: TLS required but not offered, a server asking for the password in clear text), 4 timed out or cancelled, 5 ran but the history was not recorded, 6 the password could not be saved in the keychain, 7 the plan is already running elsewhere (nothing sent). When several apply: 2, then 3, then 4, then 1; 5 only when the run itself was ok. A shared history that cannot be reached is not 5: the run is queued on local disk, a warning says so and the next moctl that reaches the database sends it.</source>
        <translation>退出码：0 成功，1 有操作失败，2 用法错误或输入无效（未发送任何内容），3 无法连接或认证失败（包括：要求 TLS 但服务器未提供、服务器要求以明文发送密码），4 超时或已取消，5 已运行但历史记录未写入，6 无法将密码保存到钥匙串，7 该维护计划已在别处运行（未发送任何内容）。多个条件同时满足时：先 2，然后 3，然后 4，然后 1；仅当运行本身成功时才返回 5。共享历史记录无法访问时不返回 5：运行会暂存到本地磁盘，并给出警告，下一个能访问该数据库的 moctl 会将其发送。</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../core/cli/cli_history.cpp" line="+239"/>
        <source>(%1 attempts)</source>
        <translation>（尝试 %1 次）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port 的取值为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--history-password-file needs a file name.</source>
        <translation>--history-password-file 需要一个文件名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format takes text, json or csv.</source>
        <translation>--format 的取值为 text、json 或 csv。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+20"/>
        <source>Unknown command &quot;%1&quot;. See moctl --help.</source>
        <translation>未知命令“%1”。请参阅 moctl --help。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="+46"/>
        <location filename="../core/cli/cli_profiles.cpp" line="+139"/>
        <location line="+278"/>
        <source>No profile is called &quot;%1&quot; (see moctl profiles list).</source>
        <translation>没有名为“%1”的连接配置（参见 moctl profiles list）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No password is stored for profile &quot;%1&quot;; trying without one (set MOCTL_PASSWORD or use --password-stdin).</source>
        <translation>连接配置“%1”没有保存密码；将尝试不使用密码（请设置 MOCTL_PASSWORD 或使用 --password-stdin）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set MOCTL_PASSWORD or use --password-stdin.</source>
        <translation>请设置 MOCTL_PASSWORD 或使用 --password-stdin。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the shared history&apos;s password could not be read from the keychain (%1); give --history-password-file FILE.</source>
        <translation>无法从钥匙串读取共享历史记录的密码（%1）；请提供 --history-password-file FILE。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../core/cli/cli_ops.cpp" line="+188"/>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="-128"/>
        <source>--limit takes a whole number (0 = all).</source>
        <translation>--limit 的取值为整数（0 表示全部）。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+13"/>
        <source>Unknown option %1 for history.</source>
        <translation>history 不支持选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_checkpoints.cpp" line="+25"/>
        <source>LSN %1 (truncate %2)</source>
        <translation>LSN %1（截断 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown option %1 for checkpoints.</source>
        <translation>checkpoints 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/cli/cli_history.cpp" line="+2"/>
        <location filename="../core/cli/cli_ops.cpp" line="+195"/>
        <location filename="../core/cli/cli_plans.cpp" line="+73"/>
        <location line="+183"/>
        <location line="+169"/>
        <location filename="../core/cli/cli_profiles.cpp" line="-340"/>
        <location line="+57"/>
        <location line="+91"/>
        <location line="+236"/>
        <location filename="../core/cli/cli_schedule.cpp" line="+149"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checkpoints only reads MatrixOne&apos;s checkpoint list (by the server&apos;s version):</source>
        <translation>checkpoints 只读取 MatrixOne 的检查点列表（取决于服务器版本）：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the checkpoint list: %1</source>
        <translation>无法读取检查点列表：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/cli/cli_history.cpp" line="+82"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command: mo_ctl(&apos;dn&apos;, &apos;inspect&apos;, &apos;%1&apos;)</source>
        <translation>命令：mo_ctl(&apos;dn&apos;, &apos;inspect&apos;, &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reply is not in a known checkpoint-list format; as received:</source>
        <translation>应答不是已知的检查点列表格式；按原样显示：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checkpoints listed: %1</source>
        <translation>列出的检查点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last global checkpoint:</source>
        <translation>最近一次全局检查点：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last global checkpoint: none in the list</source>
        <translation>最近一次全局检查点：列表中没有</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incremental checkpoint(s) since it:</source>
        <translation>
            <numerusform>此后有 %n 个增量检查点：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="-78"/>
        <source>--purge-older-than and --run cannot be combined.</source>
        <translation>--purge-older-than 和 --run 不能同时使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--fleet takes a fleet id (as history shows it), not &quot;%1&quot;.</source>
        <translation>--fleet 的取值为集群组 ID（如历史记录中所示），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; starts %2 fleet ids; give more of it.</source>
        <translation>有 %2 个集群组 ID 以“%1”开头；请提供更长的部分。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n run(s) purged.</source>
        <translation>
            <numerusform>已清除 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No run %1 in the history.</source>
        <translation>历史记录中没有运行 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1: %2, %3 (%4), started %5, %6</source>
        <translation>运行 %1：%2，%3（%4），开始于 %5，%6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ad hoc</source>
        <translation>临时</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No runs recorded.</source>
        <translation>没有已记录的运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/cli/cli_tables.cpp" line="+77"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK/all</source>
        <translation>成功/总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>集群组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile / plan</source>
        <translation>连接配置 / 维护计划</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="-325"/>
        <source>--timeout takes a number of seconds from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--timeout 的取值为 %1 到 %2 之间的秒数，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--retries takes a whole number from 0 to 20.</source>
        <translation>--retries 的取值为 0 到 20 之间的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--parallel takes a whole number from 1 to 64.</source>
        <translation>--parallel 的取值为 1 到 64 之间的整数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 contains a dot; its id is looked up first:</source>
        <translation>%1 包含点号；将先查找其 ID：</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+178"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <location line="-102"/>
        <source>the history could not be written, so this run is not (fully) recorded (%n record(s) lost): %1</source>
        <translation>
            <numerusform>无法写入历史记录，因此本次运行未被（完整）记录（丢失 %n 条记录）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped</source>
        <translation>%1 个成功，%2 个失败，%3 个超时，%4 个已取消，%5 个已跳过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, %1 not attempted (server unreachable)</source>
        <translation>，%1 个未尝试（服务器不可达）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--account takes a numeric account id.</source>
        <translation>--account 的取值为数字租户 ID。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--id takes a numeric table id, not &quot;%1&quot;.</source>
        <translation>--id 的取值为数字表 ID，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown option %1 for flush.</source>
        <translation>flush 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>flush needs at least one table (db.table), a pattern (db.*) or --id N.</source>
        <translation>flush 需要至少一个表（db.table）、一个模式（db.*）或 --id N。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the pattern %1 matches no table</source>
        <translation>模式 %1 未匹配任何表</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 resolves to %n table(s): %2</source>
        <translation>
            <numerusform>%1 解析为 %n 个表：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../core/cli/cli_schedule.cpp" line="-2"/>
        <location line="+11"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="-437"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The user may be account:user[:role] or account#user[#role]. add --password-stdin stores the password in the OS keychain; it is never written to the profiles file.</source>
        <translation>用户可以写作 account:user[:role] 或 account#user[#role]。add --password-stdin 会将密码保存到操作系统钥匙串中；密码永远不会写入连接配置文件。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No profiles. Add one with: moctl profiles add NAME --host H --user U</source>
        <translation>没有连接配置。可使用以下命令添加：moctl profiles add NAME --host H --user U</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAGS</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the profile.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <source>Tags</source>
        <translation>标签</translation>
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
        <location line="+1"/>
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
        <location line="+379"/>
        <source>Unknown profiles command &quot;%1&quot;: use list, show, add, tags, remove, export or import.</source>
        <translation>未知的 profiles 命令“%1”：请使用 list、show、add、tags、remove、export 或 import。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_fleet.cpp" line="+110"/>
        <source>--profiles: %1 Nothing was sent.</source>
        <translation>--profiles：%1 未发送任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan &quot;%1&quot; has profiles &quot;%2&quot; that cannot be used: %3 Nothing was sent.</source>
        <translation>维护计划“%1”的连接配置“%2”无法使用：%3 未发送任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (profiles %2) Nothing was sent.</source>
        <translation>%1（连接配置 %2）未发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Fleet: %n profile(s) (%1): %2</source>
        <translation>
            <numerusform>集群组：%n 个连接配置（%1）：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patterns and size rules are resolved on each cluster when the plan runs.</source>
        <translation>模式和大小规则会在维护计划运行时在每个集群上解析。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No password is stored for this profile; trying without one (store one, or give --password-file for every member).</source>
        <translation>此连接配置未保存密码；尝试不使用密码（请保存一个密码，或为每个成员提供 --password-file）。</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Fleet %1: plan &quot;%2&quot; on %n cluster(s), %3 at a time: %4</source>
        <translation>
            <numerusform>集群组 %1：维护计划“%2”在 %n 个集群上运行，每次 %3 个：%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>the history could not be written, so this fleet run is not (fully) recorded (%n record(s) lost): %1</source>
        <translation>
            <numerusform>无法写入历史记录，因此此集群组运行未被（完整）记录（丢失 %n 条记录）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Fleet %1 finished: %2 of %n cluster(s) ok, %3</source>
        <translation>
            <numerusform>集群组 %1 已结束：%n 个集群中 %2 个成功，%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s wall</source>
        <translation>实际耗时 %1 秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/cli/cli_profiles.cpp" line="-378"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="-1"/>
        <source>Read timeout</source>
        <translation>读取超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm runs</source>
        <translation>运行前确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes (production)</source>
        <translation>是（生产）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown option %1 for profiles add.</source>
        <translation>profiles add 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add needs a NAME.</source>
        <translation>profiles add 需要 NAME。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add needs --host.</source>
        <translation>profiles add 需要 --host。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--colour takes #rrggbb, for example #d32f2f.</source>
        <translation>--colour 的取值为 #rrggbb，例如 #d32f2f。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--tls takes disabled, preferred, required or verify-ca (or --ssl-mode DISABLED|PREFERRED|REQUIRED|VERIFY_CA).</source>
        <translation>--tls 的取值为 disabled、preferred、required 或 verify-ca（或使用 --ssl-mode DISABLED|PREFERRED|REQUIRED|VERIFY_CA）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password was NOT saved: no keychain (Secret Service) is available on this system.</source>
        <translation>密码没有保存：此系统上没有可用的钥匙串（Secret Service）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password was NOT saved: the keychain refused to store it.</source>
        <translation>密码没有保存：钥匙串拒绝保存它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile &quot;%1&quot; was saved without it. Give the password when connecting: --password-stdin, or the MOCTL_PASSWORD environment variable.</source>
        <translation>连接配置“%1”已保存，但不含密码。连接时请提供密码：--password-stdin，或 MOCTL_PASSWORD 环境变量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(keychain: %1)</source>
        <translation>（钥匙串：%1）</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A profile called &quot;%1&quot; already exists; remove it first.</source>
        <translation>名为“%1”的连接配置已存在；请先删除它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation>已添加连接配置“%1”（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password is stored in the keychain.</source>
        <translation>密码已保存在钥匙串中。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown option %1 for profiles tags.</source>
        <translation>profiles tags 的选项 %1 未知。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no tags)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>已删除连接配置“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown option %1 for profiles export.</source>
        <translation>profiles export 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个连接配置导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown option %1 for profiles import.</source>
        <translation>profiles import 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles import needs a FILE (or - for standard input).</source>
        <translation>profiles import 需要 FILE（或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The standard input is too large for a profiles document (the limit is %1 bytes).</source>
        <translation>标准输入过大，不是有效的连接配置文档（上限为 %1 字节）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stored password of &quot;%1&quot; could not be removed; remove the profile to be sure it is not sent to the new host.</source>
        <translation>无法删除“%1”保存的密码；请删除该连接配置，以确保密码不会被发送到新主机。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n profile(s). Passwords are not part of an export: store them with the profile editor or give MOCTL_PASSWORD.</source>
        <translation>
            <numerusform>已导入 %n 个连接配置。导出文件中不包含密码：请在连接配置编辑器中保存密码，或提供 MOCTL_PASSWORD。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="-1"/>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROWS</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCOUNT</source>
        <translation>租户</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown option %1 for tables.</source>
        <translation>tables 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database name is empty or contains a NUL character.</source>
        <translation>某个数据库名称为空或包含 NUL 字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tables only reads the catalog:</source>
        <translation>tables 只读取目录：</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="-72"/>
        <location filename="../core/cli/cli_tables.cpp" line="+13"/>
        <source>cannot list the tables: %1</source>
        <translation>无法列出表：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="+10"/>
        <source>database &quot;%1&quot; not found</source>
        <translation>未找到数据库“%1”</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_plans.cpp" line="-357"/>
        <source>Name a plan (its name, id or file).</source>
        <translation>请指定一个维护计划（名称、ID 或文件）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 plans are called &quot;%2&quot;; name one by its id or file:</source>
        <translation>有 %1 个维护计划名为“%2”；请用 ID 或文件指定其中一个：</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+168"/>
        <source>No plan &quot;%1&quot; in %2 (and no such file).</source>
        <translation>%2 中没有维护计划“%1”（也没有该文件）。</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+33"/>
        <source>The plan file %1 cannot be used: %2</source>
        <translation>无法使用维护计划文件 %1：%2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Give --plan-file FILE or a plan&apos;s name, not both (unexpected %1).</source>
        <translation>请提供 --plan-file FILE 或维护计划名称之一，不要同时提供（多余的参数 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan file %1 does not exist.</source>
        <translation>维护计划文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan file %1 is not a regular file; it was not read.</source>
        <translation>维护计划文件 %1 不是普通文件；未读取该文件。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>plan</source>
        <translation>维护计划</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>BROKEN</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plans in %1.</source>
        <translation>%1 中没有维护计划。</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+3"/>
        <source>Profile:</source>
        <translation>连接配置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>On failure:</source>
        <translation>失败时：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule:</source>
        <translation>计划任务：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unusable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ok</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown option %1 for plans notify.</source>
        <translation>plans notify 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contradicting options.</source>
        <translation>选项相互矛盾。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan &quot;%1&quot; has no schedule: --scheduled-when needs one.</source>
        <translation>维护计划“%1”没有计划任务：--scheduled-when 需要计划任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--scheduled-when takes inherit, never, failure, success or always.</source>
        <translation>--scheduled-when 的取值为 inherit、never、failure、success 或 always。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--when takes never, failure, success or always.</source>
        <translation>--when 的取值为 never、failure、success 或 always。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--preset takes json, slack or teams.</source>
        <translation>--preset 的取值为 json、slack 或 teams。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The webhook address was not stored (nothing changed): %1</source>
        <translation>Webhook 地址未保存（未做任何更改）：%1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>--max-clusters is for a plan run on several profiles (--profiles).</source>
        <translation>--max-clusters 用于在多个连接配置上运行的维护计划（--profiles）。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The plan&apos;s lease expired during the run (the shared history could not be reached to renew it): another host may have started the plan meanwhile.</source>
        <translation>维护计划的租约在运行期间已过期（无法访问共享历史记录以续订租约）：其间另一台主机可能已启动该维护计划。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_notify.cpp" line="+65"/>
        <source>notify %1; webhook: %2 (%3); desktop: %4</source>
        <translation>通知时机 %1；Webhook：%2（%3）；桌面通知：%4</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../core/cli/cli_profiles.cpp" line="-330"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/cli_profiles.cpp" line="+2"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_plans.cpp" line="-195"/>
        <source>The plan has no webhook to test.</source>
        <translation>该维护计划没有可测试的 Webhook。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhook address cannot be read from the keychain: %1</source>
        <translation>无法从钥匙串读取 Webhook 地址：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Test notification sent (HTTP %1).</source>
        <translation>已发送测试通知（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown option %1 for plans.</source>
        <translation>plans 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown plans command &quot;%1&quot;: use list, show, validate or notify.</source>
        <translation>未知的 plans 命令“%1”：请使用 list、show、validate 或 notify。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--max-clusters takes a whole number from 1 to %1.</source>
        <translation>--max-clusters 的取值为 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option %1 for run-plan.</source>
        <translation>run-plan 不支持选项 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--profiles cannot be combined with --profile, --host, --port or --user; nothing was sent.</source>
        <translation>--profiles 不能与 --profile、--host、--port 或 --user 同时使用；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Give --profile NAME to run it.</source>
        <translation>%1 请使用 --profile NAME 指定运行所用的连接配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan &quot;%1&quot; is not valid; nothing was sent.</source>
        <translation>维护计划“%1”无效；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_lease.cpp" line="+64"/>
        <source>MOCTL_LEASE_SECONDS takes seconds from 1 to 86400.</source>
        <translation>MOCTL_LEASE_SECONDS 的取值为 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The run of &quot;%1&quot; due at %2 is run by %3, which claimed it first; nothing was sent.</source>
        <translation>“%1”原定于 %2 的运行由 %3 执行，它先认领了该运行；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The plan &quot;%1&quot; did not run; nothing was sent.</source>
        <translation>维护计划“%1”未运行；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan &quot;%1&quot; is already running on host %2 (process %3 holds its lease in %4); nothing was sent.</source>
        <translation>维护计划“%1”已在主机 %2 上运行（进程 %3 在 %4 中持有其租约）；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan &quot;%1&quot; is already running (process %2 holds %3); nothing was sent.</source>
        <translation>维护计划“%1”已在运行（进程 %2 持有 %3）；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_plans.cpp" line="+56"/>
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
        <location line="+20"/>
        <source>Unknown schedule command &quot;%1&quot;: use list or run.</source>
        <translation>未知的 schedule 命令“%1”：请使用 list 或 run。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Metrics on http://%1/metrics</source>
        <translation>指标地址：http://%1/metrics</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stopping: the scheduler stops and running plans are cancelled.</source>
        <translation>正在停止：调度器将停止，正在运行的维护计划将被取消。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot set up signal handling.</source>
        <translation>无法设置信号处理。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>moctl serve: %n scheduled plan(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>moctl serve：%n 个按计划任务运行的维护计划；按 Ctrl+C 或发送 SIGTERM 停止。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/cli_notify.cpp" line="-30"/>
        <source>the plan has a webhook but no address is stored in the keychain</source>
        <translation>该维护计划设置了 Webhook，但钥匙串中没有保存地址</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Webhook notified (%n attempt(s)).</source>
        <translation>
            <numerusform>已通知 Webhook（尝试 %n 次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n attempt(s))</source>
        <translation>
            <numerusform>%1（尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notification was not sent: %1</source>
        <translation>通知未发送：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; scheduled runs: %1</source>
        <translation>；计划任务的运行：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_secrets.cpp" line="+36"/>
        <source>%1 can be read by every user of this machine; it was not used (chmod o-r it; in Kubernetes give the Secret volume defaultMode 0440 and the pod an fsGroup).</source>
        <translation>%1 可被本机的所有用户读取；未使用该文件（请对其执行 chmod o-r；在 Kubernetes 中请将 Secret 卷的 defaultMode 设为 0440，并为 pod 设置 fsGroup）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no password.</source>
        <translation>%1 中没有密码。</translation>
    </message>
</context>
<context>
    <name>moctl::historysql</name>
    <message>
        <location filename="../core/history/historybackend.cpp" line="+231"/>
        <location line="+26"/>
        <source>Cannot create the history tables in the shared database.</source>
        <translation>无法在共享数据库中创建历史记录表。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot read the shared history&apos;s schema version.</source>
        <translation>无法读取共享历史记录的架构版本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shared history was created by a newer version of MOCTL Studio (shared schema %1; this version understands up to %2). Nothing was changed: upgrade MOCTL Studio on this machine.</source>
        <translation>共享历史记录由更新版本的 MOCTL Studio 创建（共享架构版本 %1；当前版本最高支持 %2）。未作任何更改：请升级本机上的 MOCTL Studio。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record the shared history&apos;s schema version.</source>
        <translation>无法记录共享历史记录的架构版本。</translation>
    </message>
</context>
</TS>
